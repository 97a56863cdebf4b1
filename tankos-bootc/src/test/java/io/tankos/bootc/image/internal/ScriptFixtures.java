package io.tankos.bootc.image.internal;

import java.util.List;

/** Inputs like Tank-OS's (one instance) and like the multi-instance example (two). */
final class ScriptFixtures {
  /** The user the tests run as, so that scripts checking for the agent user run. */
  static final String ME = System.getProperty("user.name");

  private ScriptFixtures() {}

  /** Tank-OS at 184f798^: instance openclaw with service-gator. */
  static ScriptInputs tankOs(String user, String home) {
    return new ScriptInputs(user, 1000, home, "/etc/tank-os-release", List.of(openclaw()));
  }

  /** Instances work (with service-gator) and research (without). */
  static ScriptInputs workAndResearch(String user, String home) {
    InstanceInputs work =
        new InstanceInputs(
            "work",
            "openclaw-work",
            "openclaw-work.container",
            18789,
            ".openclaw-work",
            ".openclaw-work/openclaw.env",
            List.of(
                SecretBinding.env("work_openai_api_key", "OPENAI_API_KEY"),
                SecretBinding.env("work_gateway_token", "OPENCLAW_GATEWAY_TOKEN")),
            "service-gator-work.container",
            List.of(SecretBinding.file("gh_token")));
    InstanceInputs research =
        new InstanceInputs(
            "research",
            "openclaw-research",
            "openclaw-research.container",
            18790,
            ".openclaw-research",
            ".config/research/openclaw.env",
            List.of(
                SecretBinding.env("research_anthropic_api_key", "ANTHROPIC_API_KEY"),
                SecretBinding.file("research_ca.pem")),
            null,
            List.of());
    return new ScriptInputs(user, 1000, home, "/etc/tank-os-release", List.of(work, research));
  }

  static InstanceInputs openclaw() {
    return new InstanceInputs(
        "openclaw",
        "openclaw",
        "openclaw.container",
        18789,
        ".openclaw",
        ".openclaw/openclaw.env",
        List.of(
            SecretBinding.env("anthropic_api_key", "ANTHROPIC_API_KEY"),
            SecretBinding.env("openai_api_key", "OPENAI_API_KEY"),
            SecretBinding.env("gemini_api_key", "GEMINI_API_KEY"),
            SecretBinding.env("google_api_key", "GOOGLE_API_KEY"),
            SecretBinding.env("openrouter_api_key", "OPENROUTER_API_KEY"),
            SecretBinding.env("model_endpoint_api_key", "MODEL_ENDPOINT_API_KEY"),
            SecretBinding.env("telegram_bot_token", "TELEGRAM_BOT_TOKEN"),
            SecretBinding.env("openclaw_gateway_token", "OPENCLAW_GATEWAY_TOKEN")),
        "service-gator.container",
        List.of(
            SecretBinding.file("gh_token"),
            SecretBinding.file("gitlab_token"),
            SecretBinding.file("forgejo_token"),
            SecretBinding.file("jira_api_token")));
  }
}
