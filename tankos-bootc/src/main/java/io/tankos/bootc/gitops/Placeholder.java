package io.tankos.bootc.gitops;

final class Placeholder {}
