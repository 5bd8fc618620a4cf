//! A triage bot: reads an issue, asks Codex for a structured triage (severity, labels, owner,
//! summary), and gives the model one tool, `find_owner`, that maps a component to its owner.
//! The agent may read files to judge the issue; anything else it wants to run is declined.

use std::time::Duration;

use codex_sdk::{Approvals, Codex, CodexBuilder, CommandAllowList, ProgramRule, Tool};

/// How urgent an issue is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, serde::Deserialize, codex_sdk::schemars::JsonSchema,
)]
#[schemars(crate = "codex_sdk::schemars")]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Breaks users now.
    High,
    /// Hurts, with a workaround.
    Medium,
    /// Cosmetic or a question.
    Low,
}

/// The bot's verdict on one issue.
#[derive(Debug, Clone, PartialEq, serde::Deserialize, codex_sdk::schemars::JsonSchema)]
#[schemars(crate = "codex_sdk::schemars")]
pub struct Triage {
    /// How urgent it is.
    pub severity: Severity,
    /// Labels to put on the issue.
    pub labels: Vec<String>,
    /// Who owns the affected component (from the `find_owner` tool).
    pub owner: String,
    /// One sentence for the issue list.
    pub summary: String,
}

/// The `find_owner` tool's arguments.
#[derive(serde::Deserialize, codex_sdk::schemars::JsonSchema)]
#[schemars(crate = "codex_sdk::schemars")]
struct Component {
    /// The component's name, e.g. `transport`.
    component: String,
}

/// Who owns each component (a real bot would read CODEOWNERS).
fn owner_of(component: &str) -> &'static str {
    match component {
        "transport" => "alice",
        "protocol" => "bob",
        _ => "triage-team",
    }
}

/// How long the model may stay silent before the bot gives up on a turn.
pub const IDLE_LIMIT: Duration = Duration::from_secs(30);

/// The client the bot needs on top of `builder`: the experimental API (for its tool), an
/// approval handler that accepts only `cat` and `head -n` (reading files; approving a command
/// runs it outside the sandbox), and the
/// bot's idle limit.
pub fn configure(builder: CodexBuilder, idle_limit: Duration) -> CodexBuilder {
    let approvals = Approvals::new().accept_commands_in(
        CommandAllowList::new()
            .program(ProgramRule::new("cat").operands())
            .program(
                ProgramRule::new("head")
                    .options_with_value(&["-n"])
                    .operands(),
            ),
    );
    builder
        .experimental_api(true)
        .approval_handler(approvals)
        .turn_idle_timeout(Some(idle_limit))
}

/// Triages `issue` on a new thread of `codex` (built with [`configure`]).
///
/// # Errors
/// The SDK's error: the model failed ([`codex_sdk::Error::TurnFailed`]), went silent for
/// longer than the idle limit ([`codex_sdk::Error::TurnTimedOut`]), or answered with JSON that
/// does not fit [`Triage`].
pub async fn triage(codex: &Codex, issue: &str) -> codex_sdk::Result<Triage> {
    let find_owner = Tool::new(
        "find_owner",
        "The owner of a component of the project",
        |args: Component| async move { owner_of(&args.component).to_owned() },
    );
    let thread = codex
        .thread_start_with_tools(None, vec![find_owner])
        .await?;
    let prompt =
        format!("Triage this issue. Use find_owner for the affected component.\n\n{issue}");
    thread.run_json(prompt).await
}
