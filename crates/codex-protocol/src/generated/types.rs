/**A path that is guaranteed to be absolute and normalized (though it is not guaranteed to be canonicalized or exist on the filesystem).

IMPORTANT: When deserializing an `AbsolutePathBuf`, a base path must be set using [AbsolutePathBufGuard::new]. If no base path is set, the deserialization will fail unless the path being deserialized is already absolute.*/
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct AbsolutePathBuf(pub ::std::string::String);
impl ::std::ops::Deref for AbsolutePathBuf {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AbsolutePathBuf> for ::std::string::String {
    fn from(value: AbsolutePathBuf) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for AbsolutePathBuf {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for AbsolutePathBuf {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for AbsolutePathBuf {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///`Account`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum Account {
    #[serde(rename = "apiKey")]
    ApiKey,
    ///ChatgptAccount
    #[serde(rename = "chatgpt")]
    Chatgpt {
        #[serde(deserialize_with = "::std::option::Option::deserialize")]
        email: ::std::option::Option<::std::string::String>,
        #[serde(rename = "planType")]
        plan_type: PlanType,
        ///Display name of the selected ChatGPT workspace, when available.
        #[serde(
            rename = "workspaceName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        workspace_name: ::std::option::Option<::std::string::String>,
    },
    ///AmazonBedrockAccount
    #[serde(rename = "amazonBedrock")]
    AmazonBedrock {
        #[serde(rename = "usesCodexManagedCredentials", default)]
        uses_codex_managed_credentials: bool,
    },
    #[serde(rename = "gcp")]
    Gcp,
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`AccountLoginCompletedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AccountLoginCompletedNotification {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    #[serde(rename = "loginId", skip_serializing_if = "::std::option::Option::is_none")]
    pub login_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "onboardingEntrypoint",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub onboarding_entrypoint: ::std::option::Option<DesktopOnboardingEntrypoint>,
    pub success: bool,
}
/**Sparse rolling rate-limit update.

Clients should merge available values into the most recent `account/rateLimits/read` response or refetch that snapshot. Nullable account metadata may be unavailable in a rolling update and does not clear a previously observed value.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AccountRateLimitsUpdatedNotification {
    #[serde(rename = "rateLimits")]
    pub rate_limits: RateLimitSnapshot,
}
///Backend routing policy. Wire values match the accounts/check contract.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AccountRoutingOverride {
    #[serde(rename = "NO_CONSTRAINT")]
    NoConstraint,
    #[serde(rename = "us")]
    Us,
    #[serde(rename = "us_cr")]
    UsCr,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AccountSecuritySetupAction`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AccountSecuritySetupAction {
    pub label: ::std::string::String,
    pub url: ::std::string::String,
}
///`AccountSecuritySetupNotice`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AccountSecuritySetupNotice {
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    pub action: AccountSecuritySetupAction,
    pub description: ::std::string::String,
    pub title: ::std::string::String,
    #[serde(rename = "userId")]
    pub user_id: ::std::string::String,
}
///`AccountSession`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AccountSession {
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::string::String>,
    #[serde(rename = "imageUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub image_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "isActive")]
    pub is_active: bool,
    #[serde(rename = "lastUsedAt")]
    pub last_used_at: i64,
    #[serde(
        rename = "selectedWorkspaceAccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub selected_workspace_account_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "sessionId")]
    pub session_id: ::std::string::String,
    #[serde(rename = "userId", skip_serializing_if = "::std::option::Option::is_none")]
    pub user_id: ::std::option::Option<::std::string::String>,
    pub workspaces: ::std::vec::Vec<AccountSessionWorkspace>,
}
///`AccountSessionWorkspace`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AccountSessionWorkspace {
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    #[serde(rename = "imageUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub image_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub kind: ::std::option::Option<AccountSessionWorkspaceKind>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
}
///`AccountSessionWorkspaceKind`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AccountSessionWorkspaceKind {
    #[serde(rename = "personal")]
    Personal,
    #[serde(rename = "workspace")]
    Workspace,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AccountSessionsListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AccountSessionsListParams {
    #[serde(
        rename = "refreshWorkspaceMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refresh_workspace_metadata: ::std::option::Option<bool>,
}
///`AccountSessionsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AccountSessionsResponse {
    #[serde(
        rename = "activeSessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub active_session_id: ::std::option::Option<::std::string::String>,
    pub sessions: ::std::vec::Vec<AccountSession>,
}
///`AccountSessionsSwitchParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AccountSessionsSwitchParams {
    ///Workspace to select within that login; this is not a user identifier.
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    ///Allow Core to start browser sign-in if this session needs SSO for the workspace.
    #[serde(
        rename = "allowBrowserLogin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_browser_login: ::std::option::Option<bool>,
    ///Opaque active-login identifier returned by accountSession/list.
    #[serde(rename = "sessionId")]
    pub session_id: ::std::string::String,
}
///`AccountSessionsSwitchResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum AccountSessionsSwitchResponse {
    Sessions {
        #[serde(
            rename = "activeSessionId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        active_session_id: ::std::option::Option<::std::string::String>,
        sessions: ::std::vec::Vec<AccountSession>,
    },
    AuthUrl { auth_url: ::std::string::String, login_id: ::std::string::String },
}
///`AccountTokenUsageDailyBucket`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AccountTokenUsageDailyBucket {
    #[serde(rename = "startDate")]
    pub start_date: ::std::string::String,
    pub tokens: i64,
}
///`AccountTokenUsageSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AccountTokenUsageSummary {
    #[serde(
        rename = "currentStreakDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_streak_days: ::std::option::Option<i64>,
    #[serde(
        rename = "lifetimeTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub lifetime_tokens: ::std::option::Option<i64>,
    #[serde(
        rename = "longestRunningTurnSec",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub longest_running_turn_sec: ::std::option::Option<i64>,
    #[serde(
        rename = "longestStreakDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub longest_streak_days: ::std::option::Option<i64>,
    #[serde(
        rename = "peakDailyTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub peak_daily_tokens: ::std::option::Option<i64>,
}
///`AccountUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AccountUpdatedNotification {
    #[serde(rename = "authMode", skip_serializing_if = "::std::option::Option::is_none")]
    pub auth_mode: ::std::option::Option<AuthMode>,
    #[serde(rename = "planType", skip_serializing_if = "::std::option::Option::is_none")]
    pub plan_type: ::std::option::Option<PlanType>,
}
///`ActivePermissionProfile`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ActivePermissionProfile {
    ///Parent profile identifier from the selected permissions profile's `extends` setting, when present.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extends: ::std::option::Option<::std::string::String>,
    ///Identifier from `default_permissions` or the implicit built-in default, such as `:workspace` or a user-defined `[permissions.<id>]` profile.
    pub id: ::std::string::String,
}
///`AddCreditsNudgeCreditType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AddCreditsNudgeCreditType {
    #[serde(rename = "credits")]
    Credits,
    #[serde(rename = "usage_limit")]
    UsageLimit,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AddCreditsNudgeEmailStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AddCreditsNudgeEmailStatus {
    #[serde(rename = "sent")]
    Sent,
    #[serde(rename = "cooldown_active")]
    CooldownActive,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AdditionalContextEntry`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AdditionalContextEntry {
    pub kind: AdditionalContextKind,
    ///Optional name for untrusted context, used to label its tool output.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    pub value: ::std::string::String,
}
///`AdditionalContextKind`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AdditionalContextKind {
    #[serde(rename = "untrusted")]
    Untrusted,
    #[serde(rename = "application")]
    Application,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AdditionalFileSystemPermissions`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AdditionalFileSystemPermissions {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub entries: ::std::option::Option<::std::vec::Vec<FileSystemSandboxEntry>>,
    #[serde(
        rename = "globScanMaxDepth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub glob_scan_max_depth: ::std::option::Option<::std::num::NonZeroU32>,
    ///This will be removed in favor of `entries`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub read: ::std::option::Option<::std::vec::Vec<LegacyAppPathString>>,
    ///This will be removed in favor of `entries`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub write: ::std::option::Option<::std::vec::Vec<LegacyAppPathString>>,
}
///`AdditionalNetworkPermissions`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AdditionalNetworkPermissions {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}
///`AdditionalPermissionProfile`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AdditionalPermissionProfile {
    #[serde(
        rename = "fileSystem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_system: ::std::option::Option<AdditionalFileSystemPermissions>,
    ///Partial overlay used for per-command permission requests.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub network: ::std::option::Option<AdditionalNetworkPermissions>,
}
///`AgentMessageDelivery`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AgentMessageDelivery {
    #[serde(rename = "async")]
    Async,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AgentMessageDeltaNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AgentMessageDeltaNotification {
    pub delta: ::std::string::String,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///A presentation instruction for Chat to apply to this answer when recovering history.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AgentMessageDisplay {
    ///Unknown actions must be left for the producing client to handle.
    pub action: ::std::string::String,
    #[serde(
        rename = "blockType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub block_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "checkTrustedContacts",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub check_trusted_contacts: ::std::option::Option<bool>,
    #[serde(
        rename = "cyberTrustedAccess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cyber_trusted_access: ::std::option::Option<bool>,
}
///`AgentMessageInputContent`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum AgentMessageInputContent {
    ///InputTextAgentMessageInputContent
    #[serde(rename = "input_text")]
    InputText { text: ::std::string::String },
    ///EncryptedContentAgentMessageInputContent
    #[serde(rename = "encrypted_content")]
    EncryptedContent { encrypted_content: ::std::string::String },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`AgentMessageModeration`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AgentMessageModeration {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub display: ::std::option::Option<AgentMessageDisplay>,
    pub moderated: bool,
}
///`AgentPath`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct AgentPath(pub ::std::string::String);
impl ::std::ops::Deref for AgentPath {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<AgentPath> for ::std::string::String {
    fn from(value: AgentPath) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for AgentPath {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for AgentPath {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for AgentPath {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///`AllowDenyRequirement`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AllowDenyRequirement {
    #[serde(rename = "allow")]
    Allow,
    #[serde(rename = "deny")]
    Deny,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AnalyticsConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AnalyticsConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}
///EXPERIMENTAL - app metadata returned by app-list APIs.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppBranding {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub developer: ::std::option::Option<::std::string::String>,
    #[serde(rename = "isDiscoverableApp")]
    pub is_discoverable_app: bool,
    #[serde(
        rename = "privacyPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub privacy_policy: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "termsOfService",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terms_of_service: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub website: ::std::option::Option<::std::string::String>,
}
///`AppConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub approvals_reviewer: ::std::option::Option<ApprovalsReviewer>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default_tools_approval_mode: ::std::option::Option<AppToolApproval>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default_tools_enabled: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub destructive_enabled: ::std::option::Option<bool>,
    #[serde(default = "defaults::default_bool::<true>")]
    pub enabled: bool,
    ///Per-account approval settings keyed by link ID.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub links: ::std::option::Option<AppLinksConfig>,
    ///Additional model-facing surfaces omitted for this connector's tools.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub omit_tools_from: ::std::option::Option<::std::vec::Vec<ToolExposureSurface>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub open_world_enabled: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tools: ::std::option::Option<AppToolsConfig>,
}
impl ::std::default::Default for AppConfig {
    fn default() -> Self {
        Self {
            approvals_reviewer: Default::default(),
            default_tools_approval_mode: Default::default(),
            default_tools_enabled: Default::default(),
            destructive_enabled: Default::default(),
            enabled: defaults::default_bool::<true>(),
            links: Default::default(),
            omit_tools_from: Default::default(),
            open_world_enabled: Default::default(),
            tools: Default::default(),
        }
    }
}
///EXPERIMENTAL - app metadata returned by app-list APIs.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppInfo {
    #[serde(
        rename = "appMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_metadata: ::std::option::Option<AppMetadata>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub branding: ::std::option::Option<AppBranding>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "distributionChannel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub distribution_channel: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "iconAssets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub icon_assets: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(
        rename = "iconDarkAssets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub icon_dark_assets: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub id: ::std::string::String,
    #[serde(
        rename = "installUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub install_url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "isAccessible", default)]
    pub is_accessible: bool,
    ///Whether this app is enabled in config.toml. Example: ```toml [apps.bad_app] enabled = false ```
    #[serde(rename = "isEnabled", default = "defaults::default_bool::<true>")]
    pub is_enabled: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub labels: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "logoUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub logo_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "logoUrlDark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logo_url_dark: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    #[serde(
        rename = "pluginDisplayNames",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub plugin_display_names: ::std::vec::Vec<::std::string::String>,
}
///Approval settings for a connected account within an app.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AppLinkConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub approvals_reviewer: ::std::option::Option<ApprovalsReviewer>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default_tools_approval_mode: ::std::option::Option<AppToolApproval>,
}
///Account settings for a single app.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(transparent)]
pub struct AppLinksConfig(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for AppLinksConfig {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<AppLinksConfig>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: AppLinksConfig) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for AppLinksConfig {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///EXPERIMENTAL - notification emitted when the app list changes.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppListUpdatedNotification {
    pub data: ::std::vec::Vec<AppInfo>,
}
///`AppMetadata`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AppMetadata {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub developer: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "firstPartyRequiresInstall",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_party_requires_install: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub review: ::std::option::Option<AppReview>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub screenshots: ::std::option::Option<::std::vec::Vec<AppScreenshot>>,
    #[serde(
        rename = "seoDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub seo_description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "showInComposerWhenUnlinked",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub show_in_composer_when_unlinked: ::std::option::Option<bool>,
    #[serde(
        rename = "subCategories",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_categories: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "versionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "versionNotes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub version_notes: ::std::option::Option<::std::string::String>,
}
///`AppReview`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppReview {
    pub status: ::std::string::String,
}
///`AppScreenshot`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppScreenshot {
    #[serde(rename = "fileId", skip_serializing_if = "::std::option::Option::is_none")]
    pub file_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    #[serde(rename = "userPrompt")]
    pub user_prompt: ::std::string::String,
}
///EXPERIMENTAL - app metadata summary for plugin responses.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppSummary {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    pub id: ::std::string::String,
    #[serde(
        rename = "installUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub install_url: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
}
///`AppTemplateSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppTemplateSummary {
    #[serde(
        rename = "canonicalConnectorId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub canonical_connector_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "logoUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub logo_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "logoUrlDark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logo_url_dark: ::std::option::Option<::std::string::String>,
    #[serde(rename = "materializedAppIds")]
    pub materialized_app_ids: ::std::vec::Vec<::std::string::String>,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<AppTemplateUnavailableReason>,
    #[serde(rename = "templateId")]
    pub template_id: ::std::string::String,
}
///`AppTemplateUnavailableReason`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AppTemplateUnavailableReason {
    #[serde(rename = "NOT_CONFIGURED_FOR_WORKSPACE")]
    NotConfiguredForWorkspace,
    #[serde(rename = "NO_ACTIVE_WORKSPACE")]
    NoActiveWorkspace,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AppToolApproval`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AppToolApproval {
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "prompt")]
    Prompt,
    #[serde(rename = "writes")]
    Writes,
    #[serde(rename = "approve")]
    Approve,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AppToolConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AppToolConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub approval_mode: ::std::option::Option<AppToolApproval>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}
///EXPERIMENTAL - metadata returned by app/read.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppToolSummary {
    pub description: ::std::string::String,
    #[serde(
        rename = "disabledReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disabled_reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "isEnabled", default = "defaults::default_bool::<true>")]
    pub is_enabled: bool,
    #[serde(rename = "isReadOnly", default)]
    pub is_read_only: bool,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}
///`AppToolsConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(transparent)]
pub struct AppToolsConfig(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for AppToolsConfig {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<AppToolsConfig>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: AppToolsConfig) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for AppToolsConfig {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
///`ApplicationNetworkRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ApplicationNetworkRequirements {
    pub domains: ::std::collections::HashMap<
        ::std::string::String,
        NetworkDomainPermission,
    >,
    ///When enabled, only explicitly allowed exact domains may be contacted.
    pub enabled: bool,
}
///`ApplicationRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ApplicationRequirements {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub network: ::std::option::Option<ApplicationNetworkRequirements>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub storage: ::std::option::Option<ApplicationStorageRequirements>,
}
///Managed storage settings for new Desktop workspaces, not filesystem access restrictions.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ApplicationStorageRequirements {
    #[serde(
        rename = "defaultProjectParent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_project_parent: ::std::option::Option<LegacyAppPathString>,
    #[serde(
        rename = "projectlessWorkspaceRoot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub projectless_workspace_root: ::std::option::Option<LegacyAppPathString>,
}
///`ApplyPatchApprovalParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ApplyPatchApprovalParams {
    ///Use to correlate this with [codex_protocol::protocol::PatchApplyBeginEvent] and [codex_protocol::protocol::PatchApplyEndEvent].
    #[serde(rename = "callId")]
    pub call_id: ::std::string::String,
    #[serde(rename = "conversationId")]
    pub conversation_id: ThreadId,
    #[serde(rename = "fileChanges")]
    pub file_changes: ::std::collections::HashMap<::std::string::String, FileChange>,
    ///When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today).
    #[serde(
        rename = "grantRoot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub grant_root: ::std::option::Option<::std::string::String>,
    ///Optional explanatory reason (e.g. request for extra write access).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}
///`ApplyPatchApprovalResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ApplyPatchApprovalResponse {
    pub decision: ReviewDecision,
}
///Configures who approval requests are routed to for review. Examples include sandbox escapes, blocked network access, MCP approval prompts, and ARC escalations. Defaults to `user`. `auto_review` uses a carefully prompted subagent to gather relevant context and apply a risk-based decision framework before approving or denying the request. The legacy value `guardian_subagent` is accepted for compatibility.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ApprovalsReviewer {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "auto_review")]
    AutoReview,
    #[serde(rename = "guardian_subagent")]
    GuardianSubagent,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AppsConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AppsConfig {
    #[serde(rename = "_default", skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<AppsDefaultConfig>,
}
///`AppsDefaultConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppsDefaultConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub approvals_reviewer: ::std::option::Option<ApprovalsReviewer>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default_tools_approval_mode: ::std::option::Option<AppToolApproval>,
    #[serde(default = "defaults::default_bool::<true>")]
    pub destructive_enabled: bool,
    #[serde(default = "defaults::default_bool::<true>")]
    pub enabled: bool,
    #[serde(default = "defaults::default_bool::<true>")]
    pub open_world_enabled: bool,
}
impl ::std::default::Default for AppsDefaultConfig {
    fn default() -> Self {
        Self {
            approvals_reviewer: Default::default(),
            default_tools_approval_mode: Default::default(),
            destructive_enabled: defaults::default_bool::<true>(),
            enabled: defaults::default_bool::<true>(),
            open_world_enabled: defaults::default_bool::<true>(),
        }
    }
}
///Read the committed installed connector runtime snapshot.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AppsInstalledParams {
    ///When true and Apps are permitted, refresh and publish the hosted connector runtime tool snapshot first.
    #[serde(
        rename = "forceRefresh",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_refresh: ::std::option::Option<bool>,
    ///Optional loaded thread id used to evaluate effective app configuration.
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///The installed connectors in one committed runtime snapshot.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppsInstalledResponse {
    pub apps: ::std::vec::Vec<InstalledApp>,
}
///EXPERIMENTAL - list available apps/connectors.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AppsListParams {
    ///Opaque pagination cursor returned by a previous call.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///When true, bypass app caches and fetch the latest data from sources.
    #[serde(
        rename = "forceRefetch",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_refetch: ::std::option::Option<bool>,
    ///Optional page size; defaults to a reasonable server-side value.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    ///Optional thread id used to evaluate app feature gating from that thread's config.
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///EXPERIMENTAL - app list response.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppsListResponse {
    pub data: ::std::vec::Vec<AppInfo>,
    ///Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///EXPERIMENTAL - read metadata for specific apps/connectors.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppsReadParams {
    ///App ids to read. The server accepts at most 100 ids and deduplicates repeated ids while preserving their first-request order.
    #[serde(rename = "appIds")]
    pub app_ids: ::std::vec::Vec<::std::string::String>,
    ///When true, include display-only public tool summaries in the returned metadata.
    #[serde(
        rename = "includeTools",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_tools: ::std::option::Option<bool>,
    ///Optional loaded thread id used to evaluate effective app configuration.
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///EXPERIMENTAL - app/read response.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AppsReadResponse {
    pub apps: ::std::vec::Vec<ConnectorMetadata>,
    #[serde(rename = "missingAppIds")]
    pub missing_app_ids: ::std::vec::Vec<::std::string::String>,
}
///`AskForApproval`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[non_exhaustive]
pub enum AskForApproval {
    #[serde(rename = "untrusted")]
    Untrusted,
    #[serde(rename = "on-request")]
    OnRequest,
    #[serde(rename = "never")]
    Never,
    #[serde(rename = "granular")]
    Granular {
        mcp_elicitations: bool,
        #[serde(default)]
        request_permissions: bool,
        rules: bool,
        sandbox_approval: bool,
        #[serde(default)]
        skill_approval: bool,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`AsyncUserInputQuestion`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AsyncUserInputQuestion {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub options: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    pub title: ::std::string::String,
}
///`AttestationGenerateParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AttestationGenerateParams {}
///`AttestationGenerateResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AttestationGenerateResponse {
    ///Opaque client attestation token.
    pub token: ::std::string::String,
}
///Authentication mode for OpenAI-backed providers.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AuthMode {
    ///OpenAI API key provided by the caller and stored by Codex.
    #[serde(rename = "apikey")]
    Apikey,
    ///ChatGPT OAuth managed by Codex (tokens persisted and refreshed by Codex).
    #[serde(rename = "chatgpt")]
    Chatgpt,
    /**[UNSTABLE] FOR OPENAI INTERNAL USE ONLY - DO NOT USE.

ChatGPT auth tokens are supplied by an external host app and are only stored in memory. Token refresh must be handled by the external host app.*/
    #[serde(rename = "chatgptAuthTokens")]
    ChatgptAuthTokens,
    ///Backend auth supplied as request headers.
    #[serde(rename = "headers")]
    Headers,
    ///Programmatic Codex auth backed by a registered Agent Identity.
    #[serde(rename = "agentIdentity")]
    AgentIdentity,
    ///Programmatic Codex auth backed by a personal access token.
    #[serde(rename = "personalAccessToken")]
    PersonalAccessToken,
    ///Amazon Bedrock bearer token managed by Codex.
    #[serde(rename = "bedrockApiKey")]
    BedrockApiKey,
    ///Amazon Bedrock AWS access keys managed by Codex.
    #[serde(rename = "bedrockAccessKeys")]
    BedrockAccessKeys,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AuthRecoveryNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct AuthRecoveryNotification {
    pub message: ::std::string::String,
    pub provider: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///Selects which part of the active context is charged against `model_auto_compact_token_limit`.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AutoCompactTokenLimitScope {
    ///Count the full active context against the limit.
    #[serde(rename = "total")]
    Total,
    ///Count sampled output and later growth after the carried window prefix.
    #[serde(rename = "body_after_prefix")]
    BodyAfterPrefix,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///[UNSTABLE] Source that produced a terminal approval auto-review decision.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AutoReviewDecisionSource {
    #[serde(rename = "agent")]
    Agent,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`AutoReviewRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct AutoReviewRequirements {
    #[serde(
        rename = "ignoreRules",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ignore_rules: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "requiredOnModels",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub required_on_models: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
///`AwsCredentialType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum AwsCredentialType {
    #[serde(rename = "accessKeys")]
    AccessKeys,
    #[serde(rename = "bedrockApiKey")]
    BedrockApiKey,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`BedrockAwsProfile`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BedrockAwsProfile {
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub region: ::std::option::Option<::std::string::String>,
}
///`BedrockCheckGovCloudRequirementsParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BedrockCheckGovCloudRequirementsParams {}
///Advisory check of the current Bedrock configuration after login or setup.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BedrockCheckGovCloudRequirementsResponse {
    ///Whether the active Bedrock authentication resolves to a GovCloud region.
    #[serde(rename = "isGovCloud")]
    pub is_gov_cloud: bool,
    ///Whether GovCloud is selected and the managed requirements miss the baseline. A false value is not a general certification of the network configuration.
    #[serde(rename = "shouldWarn")]
    pub should_warn: bool,
}
///`BedrockDiscoverParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BedrockDiscoverParams {}
///`BedrockDiscoverResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BedrockDiscoverResponse {
    #[serde(rename = "environmentCredentials")]
    pub environment_credentials: ::std::vec::Vec<BedrockEnvironmentCredential>,
    pub profiles: ::std::vec::Vec<BedrockAwsProfile>,
}
///`BedrockEnvironmentCredential`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct BedrockEnvironmentCredential {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub region: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: AwsCredentialType,
}
///`BedrockProviderId`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum BedrockProviderId {
    #[serde(rename = "amazon-bedrock")]
    AmazonBedrock,
    #[serde(rename = "amazon-bedrock-runtime")]
    AmazonBedrockRuntime,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`BedrockSetupParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum BedrockSetupParams {
    ///Profilev2::BedrockSetupParams
    #[serde(rename = "profile")]
    Profile { profile: ::std::string::String, region: ::std::string::String },
    ///Environmentv2::BedrockSetupParams
    #[serde(rename = "environment")]
    Environment { region: ::std::string::String },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`BedrockSetupResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BedrockSetupResponse {}
///`BrowserUseAccessApprovalLifetime`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum BrowserUseAccessApprovalLifetime {
    #[serde(rename = "turn")]
    Turn,
    #[serde(rename = "thread")]
    Thread,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`BrowserUseConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BrowserUseConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allow_history_access: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default_origin_policy: ::std::option::Option<BrowserUseOriginPolicyConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub origins: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, BrowserUseOriginPolicyConfig>,
    >,
}
///`BrowserUseExtensionRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BrowserUseExtensionRequirements {
    #[serde(
        rename = "requestHeaders",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub request_headers: ::std::option::Option<::std::vec::Vec<RequestHeader>>,
}
///`BrowserUseOriginPolicy`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BrowserUseOriginPolicy {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub access: ::std::option::Option<AllowDenyRequirement>,
    #[serde(
        rename = "accessApprovalLifetime",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub access_approval_lifetime: ::std::option::Option<
        BrowserUseAccessApprovalLifetime,
    >,
    #[serde(
        rename = "autoReview",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_review: ::std::option::Option<AllowDenyRequirement>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub downloads: ::std::option::Option<AllowDenyRequirement>,
    #[serde(
        rename = "fullCdpAccess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub full_cdp_access: ::std::option::Option<AllowDenyRequirement>,
    #[serde(
        rename = "persistentApproval",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub persistent_approval: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uploads: ::std::option::Option<AllowDenyRequirement>,
}
///`BrowserUseOriginPolicyConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BrowserUseOriginPolicyConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub access: ::std::option::Option<AllowDenyRequirement>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub downloads: ::std::option::Option<AllowDenyRequirement>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub full_cdp_access: ::std::option::Option<AllowDenyRequirement>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub uploads: ::std::option::Option<AllowDenyRequirement>,
}
///`BrowserUseRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct BrowserUseRequirements {
    #[serde(
        rename = "allowGlobalPersistentApproval",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_global_persistent_approval: ::std::option::Option<bool>,
    #[serde(
        rename = "allowHistoryAccess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_history_access: ::std::option::Option<bool>,
    #[serde(
        rename = "allowWebmcp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_webmcp: ::std::option::Option<bool>,
    #[serde(
        rename = "defaultOriginPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_origin_policy: ::std::option::Option<BrowserUseOriginPolicy>,
    #[serde(
        rename = "disableAutoReview",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_auto_review: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<BrowserUseExtensionRequirements>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub origins: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, BrowserUseOriginPolicy>,
    >,
}
///`ByteRange`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ByteRange {
    pub end: u32,
    pub start: u32,
}
///`CancelLoginAccountParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CancelLoginAccountParams {
    #[serde(rename = "loginId")]
    pub login_id: ::std::string::String,
}
///`CancelLoginAccountResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CancelLoginAccountResponse {
    pub status: CancelLoginAccountStatus,
}
///`CancelLoginAccountStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum CancelLoginAccountStatus {
    #[serde(rename = "canceled")]
    Canceled,
    #[serde(rename = "notFound")]
    NotFound,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///Location used to resolve a selected capability root.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum CapabilityRootLocation {
    /**EnvironmentCapabilityRootLocation

A path owned by an execution environment.*/
    #[serde(rename = "environment")]
    Environment {
        #[serde(rename = "environmentId")]
        environment_id: ::std::string::String,
        ///Absolute path for the root in the selected environment.
        path: ::std::string::String,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`ChatgptAuthTokensRefreshParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ChatgptAuthTokensRefreshParams {
    /**Workspace/account identifier that Codex was previously using.

Clients that manage multiple accounts/workspaces can use this as a hint to refresh the token for the correct workspace.

This may be `null` when the prior auth state did not include a workspace identifier (`chatgpt_account_id`).*/
    #[serde(
        rename = "previousAccountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub previous_account_id: ::std::option::Option<::std::string::String>,
    pub reason: ChatgptAuthTokensRefreshReason,
}
///`ChatgptAuthTokensRefreshReason`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ChatgptAuthTokensRefreshReason {
    ///Codex attempted a backend request and received `401 Unauthorized`.
    #[serde(rename = "unauthorized")]
    Unauthorized,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ChatgptAuthTokensRefreshResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ChatgptAuthTokensRefreshResponse {
    #[serde(rename = "accessToken")]
    pub access_token: ::std::string::String,
    #[serde(rename = "chatgptAccountId")]
    pub chatgpt_account_id: ::std::string::String,
    #[serde(
        rename = "chatgptPlanType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chatgpt_plan_type: ::std::option::Option<::std::string::String>,
}
///`CliAuthCredentialsStoreMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum CliAuthCredentialsStoreMode {
    #[serde(rename = "file")]
    File,
    #[serde(rename = "keyring")]
    Keyring,
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "ephemeral")]
    Ephemeral,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ClientInfo`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ClientInfo {
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    pub version: ::std::string::String,
}
/**This translation layer make sure that we expose codex error code in camel case.

When an upstream HTTP status is available (for example, from the Responses API or a provider), it is forwarded in `httpStatusCode` on the relevant `codexErrorInfo` variant.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[non_exhaustive]
pub enum CodexErrorInfo {
    #[serde(rename = "contextWindowExceeded")]
    ContextWindowExceeded,
    #[serde(rename = "sessionBudgetExceeded")]
    SessionBudgetExceeded,
    #[serde(rename = "usageLimitExceeded")]
    UsageLimitExceeded,
    #[serde(rename = "rateLimitExceeded")]
    RateLimitExceeded,
    #[serde(rename = "flexUnavailable")]
    FlexUnavailable,
    #[serde(rename = "serverOverloaded")]
    ServerOverloaded,
    #[serde(rename = "modelNotFound")]
    ModelNotFound,
    #[serde(rename = "policyCapacityUnavailable")]
    PolicyCapacityUnavailable,
    #[serde(rename = "cyberPolicy")]
    CyberPolicy,
    #[serde(rename = "misalignmentPolicyViolation")]
    MisalignmentPolicyViolation,
    #[serde(rename = "tooManyDenials")]
    TooManyDenials,
    #[serde(rename = "internalServerError")]
    InternalServerError,
    #[serde(rename = "unauthorized")]
    Unauthorized,
    #[serde(rename = "badRequest")]
    BadRequest,
    #[serde(rename = "threadRollbackFailed")]
    ThreadRollbackFailed,
    #[serde(rename = "sandboxError")]
    SandboxError,
    #[serde(rename = "other")]
    Other,
    ///The workspace's inference hook explicitly denied this request.
    #[serde(rename = "inferenceHookDenied")]
    InferenceHookDenied,
    #[serde(rename = "httpConnectionFailed")]
    HttpConnectionFailed {
        #[serde(
            rename = "httpStatusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        http_status_code: ::std::option::Option<u16>,
    },
    ///Failed to connect to the response SSE stream.
    #[serde(rename = "responseStreamConnectionFailed")]
    ResponseStreamConnectionFailed {
        #[serde(
            rename = "httpStatusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        http_status_code: ::std::option::Option<u16>,
    },
    ///The response SSE stream disconnected in the middle of a turn before completion.
    #[serde(rename = "responseStreamDisconnected")]
    ResponseStreamDisconnected {
        #[serde(
            rename = "httpStatusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        http_status_code: ::std::option::Option<u16>,
    },
    ///Reached the retry limit for responses.
    #[serde(rename = "responseTooManyFailedAttempts")]
    ResponseTooManyFailedAttempts {
        #[serde(
            rename = "httpStatusCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        http_status_code: ::std::option::Option<u16>,
    },
    ///Returned when `turn/start` or `turn/steer` is submitted while the current active turn cannot accept same-turn steering, for example `/review` or manual `/compact`.
    #[serde(rename = "activeTurnNotSteerable")]
    ActiveTurnNotSteerable {
        #[serde(rename = "turnKind")]
        turn_kind: NonSteerableTurnKind,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`CodexResponseHandoffMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum CodexResponseHandoffMode {
    #[serde(rename = "thinking")]
    Thinking,
    #[serde(rename = "commentary")]
    Commentary,
    #[serde(rename = "bemTags")]
    BemTags,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`CollabAgentState`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CollabAgentState {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub message: ::std::option::Option<::std::string::String>,
    pub status: CollabAgentStatus,
}
///`CollabAgentStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum CollabAgentStatus {
    #[serde(rename = "pendingInit")]
    PendingInit,
    #[serde(rename = "running")]
    Running,
    #[serde(rename = "interrupted")]
    Interrupted,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "errored")]
    Errored,
    #[serde(rename = "shutdown")]
    Shutdown,
    #[serde(rename = "notFound")]
    NotFound,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`CollabAgentTool`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum CollabAgentTool {
    #[serde(rename = "spawnAgent")]
    SpawnAgent,
    #[serde(rename = "sendInput")]
    SendInput,
    #[serde(rename = "resumeAgent")]
    ResumeAgent,
    #[serde(rename = "wait")]
    Wait,
    #[serde(rename = "closeAgent")]
    CloseAgent,
    #[serde(rename = "sendMessage")]
    SendMessage,
    #[serde(rename = "followupTask")]
    FollowupTask,
    #[serde(rename = "interruptAgent")]
    InterruptAgent,
    #[serde(rename = "listAgents")]
    ListAgents,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`CollabAgentToolCallStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum CollabAgentToolCallStatus {
    #[serde(rename = "inProgress")]
    InProgress,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "interrupted")]
    Interrupted,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///Collaboration mode for a Codex session.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CollaborationMode {
    pub mode: ModeKind,
    pub settings: Settings,
}
///EXPERIMENTAL - list collaboration mode presets.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct CollaborationModeListParams {}
///EXPERIMENTAL - collaboration mode presets response.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CollaborationModeListResponse {
    pub data: ::std::vec::Vec<CollaborationModeMask>,
}
///EXPERIMENTAL - collaboration mode preset metadata for clients.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CollaborationModeMask {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub mode: ::std::option::Option<ModeKind>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reasoning_effort: ::std::option::Option<ReasoningEffort>,
}
///`CommandAction`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum CommandAction {
    ///ReadCommandAction
    #[serde(rename = "read")]
    Read {
        command: ::std::string::String,
        name: ::std::string::String,
        path: LegacyAppPathString,
    },
    ///ListFilesCommandAction
    #[serde(rename = "listFiles")]
    ListFiles {
        command: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        path: ::std::option::Option<::std::string::String>,
    },
    ///SearchCommandAction
    #[serde(rename = "search")]
    Search {
        command: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        path: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        query: ::std::option::Option<::std::string::String>,
    },
    ///UnknownCommandAction
    #[serde(rename = "unknown")]
    Unknown { command: ::std::string::String },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
/**Base64-encoded output chunk emitted for a streaming `command/exec` request.

These notifications are connection-scoped. If the originating connection closes, the server terminates the process.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CommandExecOutputDeltaNotification {
    ///`true` on the final streamed chunk for a stream when `outputBytesCap` truncated later output on that stream.
    #[serde(rename = "capReached")]
    pub cap_reached: bool,
    ///Base64-encoded output bytes.
    #[serde(rename = "deltaBase64")]
    pub delta_base64: ::std::string::String,
    ///Client-supplied, connection-scoped `processId` from the original `command/exec` request.
    #[serde(rename = "processId")]
    pub process_id: ::std::string::String,
    ///Output stream for this chunk.
    pub stream: CommandExecOutputStream,
}
///Stream label for `command/exec/outputDelta` notifications.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum CommandExecOutputStream {
    ///stdout stream. PTY mode multiplexes terminal output here.
    #[serde(rename = "stdout")]
    Stdout,
    ///stderr stream.
    #[serde(rename = "stderr")]
    Stderr,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
/**Run a standalone command (argv vector) in the server sandbox without creating a thread or turn.

The final `command/exec` response is deferred until the process exits and is sent only after all `command/exec/outputDelta` notifications for that connection have been emitted.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CommandExecParams {
    ///Command argv vector. Empty arrays are rejected.
    pub command: ::std::vec::Vec<::std::string::String>,
    ///Optional working directory. Defaults to the server cwd.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    /**Disable stdout/stderr capture truncation for this request.

Cannot be combined with `outputBytesCap`.*/
    #[serde(
        rename = "disableOutputCap",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_output_cap: ::std::option::Option<bool>,
    /**Disable the timeout entirely for this request.

Cannot be combined with `timeoutMs`.*/
    #[serde(
        rename = "disableTimeout",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_timeout: ::std::option::Option<bool>,
    /**Optional environment overrides merged into the server-computed environment.

Matching names override inherited values. Set a key to `null` to unset an inherited variable.*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub env: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::option::Option<::std::string::String>,
        >,
    >,
    /**Optional per-stream stdout/stderr capture cap in bytes.

When omitted, the server default applies. Cannot be combined with `disableOutputCap`.*/
    #[serde(
        rename = "outputBytesCap",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output_bytes_cap: ::std::option::Option<u32>,
    /**Optional active permissions profile id for this command.

Defaults to the user's configured permissions when omitted. Cannot be combined with `sandboxPolicy`.*/
    #[serde(
        rename = "permissionProfile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub permission_profile: ::std::option::Option<::std::string::String>,
    /**Optional client-supplied, connection-scoped process id.

Required for `tty`, `streamStdin`, `streamStdoutStderr`, and follow-up `command/exec/write`, `command/exec/resize`, and `command/exec/terminate` calls. When omitted, buffered execution gets an internal id that is not exposed to the client.*/
    #[serde(
        rename = "processId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub process_id: ::std::option::Option<::std::string::String>,
    /**Optional sandbox policy for this command.

Uses the same shape as thread/turn execution sandbox configuration and defaults to the user's configured policy when omitted. Cannot be combined with `permissionProfile`.*/
    #[serde(
        rename = "sandboxPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sandbox_policy: ::std::option::Option<SandboxPolicy>,
    ///Optional initial PTY size in character cells. Only valid when `tty` is true.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<CommandExecTerminalSize>,
    /**Allow follow-up `command/exec/write` requests to write stdin bytes.

Requires a client-supplied `processId`.*/
    #[serde(
        rename = "streamStdin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stream_stdin: ::std::option::Option<bool>,
    /**Stream stdout/stderr via `command/exec/outputDelta` notifications.

Streamed bytes are not duplicated into the final response and require a client-supplied `processId`.*/
    #[serde(
        rename = "streamStdoutStderr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stream_stdout_stderr: ::std::option::Option<bool>,
    /**Optional timeout in milliseconds.

When omitted, the server default applies. Cannot be combined with `disableTimeout`.*/
    #[serde(
        rename = "timeoutMs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout_ms: ::std::option::Option<i64>,
    /**Enable PTY mode.

This implies `streamStdin` and `streamStdoutStderr`.*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tty: ::std::option::Option<bool>,
}
///Resize a running PTY-backed `command/exec` session.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CommandExecResizeParams {
    ///Client-supplied, connection-scoped `processId` from the original `command/exec` request.
    #[serde(rename = "processId")]
    pub process_id: ::std::string::String,
    ///New PTY size in character cells.
    pub size: CommandExecTerminalSize,
}
///Empty success response for `command/exec/resize`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct CommandExecResizeResponse {}
///Final buffered result for `command/exec`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CommandExecResponse {
    ///Process exit code.
    #[serde(rename = "exitCode")]
    pub exit_code: i32,
    /**Buffered stderr capture.

Empty when stderr was streamed via `command/exec/outputDelta`.*/
    pub stderr: ::std::string::String,
    /**Buffered stdout capture.

Empty when stdout was streamed via `command/exec/outputDelta`.*/
    pub stdout: ::std::string::String,
}
///PTY size in character cells for `command/exec` PTY sessions.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CommandExecTerminalSize {
    ///Terminal width in character cells.
    pub cols: u16,
    ///Terminal height in character cells.
    pub rows: u16,
}
///Terminate a running `command/exec` session.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CommandExecTerminateParams {
    ///Client-supplied, connection-scoped `processId` from the original `command/exec` request.
    #[serde(rename = "processId")]
    pub process_id: ::std::string::String,
}
///Empty success response for `command/exec/terminate`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct CommandExecTerminateResponse {}
///Write stdin bytes to a running `command/exec` session, close stdin, or both.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CommandExecWriteParams {
    ///Close stdin after writing `deltaBase64`, if present.
    #[serde(
        rename = "closeStdin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub close_stdin: ::std::option::Option<bool>,
    ///Optional base64-encoded stdin bytes to write.
    #[serde(
        rename = "deltaBase64",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delta_base64: ::std::option::Option<::std::string::String>,
    ///Client-supplied, connection-scoped `processId` from the original `command/exec` request.
    #[serde(rename = "processId")]
    pub process_id: ::std::string::String,
}
///Empty success response for `command/exec/write`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct CommandExecWriteResponse {}
///`CommandExecutionApprovalDecision`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[non_exhaustive]
pub enum CommandExecutionApprovalDecision {
    ///User approved the command.
    #[serde(rename = "accept")]
    Accept,
    ///User approved the command and future prompts in the same session-scoped approval cache should run without prompting.
    #[serde(rename = "acceptForSession")]
    AcceptForSession,
    ///User approved the command, and wants to apply the proposed execpolicy amendment so future matching commands can run without prompting.
    #[serde(rename = "acceptWithExecpolicyAmendment")]
    AcceptWithExecpolicyAmendment {
        execpolicy_amendment: ::std::vec::Vec<::std::string::String>,
    },
    ///User chose a persistent network policy rule (allow/deny) for this host.
    #[serde(rename = "applyNetworkPolicyAmendment")]
    ApplyNetworkPolicyAmendment { network_policy_amendment: NetworkPolicyAmendment },
    ///User denied the command. The agent will continue the turn.
    #[serde(rename = "decline")]
    Decline,
    ///User denied the command. The turn will also be immediately interrupted.
    #[serde(rename = "cancel")]
    Cancel,
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///Distinguishes a command approval from input sent to an existing terminal.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum CommandExecutionApprovalKind {
    #[serde(rename = "command")]
    Command,
    #[serde(rename = "writeStdin")]
    WriteStdin,
    ///A managed checkpoint requiring a fresh human decision. Only `accept`, `decline`, and `cancel` are valid. Requires the `requiredHumanApproval` initialize capability. This prompt does not itself start a command execution item.
    #[serde(rename = "humanCommand")]
    HumanCommand,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`CommandExecutionOutputDeltaNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CommandExecutionOutputDeltaNotification {
    pub delta: ::std::string::String,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`CommandExecutionRequestApprovalParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CommandExecutionRequestApprovalParams {
    ///Optional additional permissions requested for this command.
    #[serde(
        rename = "additionalPermissions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_permissions: ::std::option::Option<AdditionalPermissionProfile>,
    /**Unique identifier for this specific approval callback.

For regular shell/unified_exec approvals, this is null.

For zsh-exec-bridge subcommand approvals, multiple callbacks can belong to one parent `itemId`, so `approvalId` is a distinct opaque callback id (a UUID) used to disambiguate routing. Stdin approvals also use a distinct callback id; inspect `kind` to distinguish them.*/
    #[serde(
        rename = "approvalId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approval_id: ::std::option::Option<::std::string::String>,
    ///Ordered list of decisions the client may present for this prompt.
    #[serde(
        rename = "availableDecisions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_decisions: ::std::option::Option<
        ::std::vec::Vec<CommandExecutionApprovalDecision>,
    >,
    ///The command to be executed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub command: ::std::option::Option<::std::string::String>,
    ///Best-effort parsed command actions for friendly display.
    #[serde(
        rename = "commandActions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_actions: ::std::option::Option<::std::vec::Vec<CommandAction>>,
    ///The command's working directory.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<LegacyAppPathString>,
    ///Environment in which the command will run.
    #[serde(
        rename = "environmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    ///Kind of action under review. Defaults to `command` for older servers.
    #[serde(default = "defaults::command_execution_request_approval_params_kind")]
    pub kind: CommandExecutionApprovalKind,
    ///Optional context for a managed-network approval prompt.
    #[serde(
        rename = "networkApprovalContext",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub network_approval_context: ::std::option::Option<NetworkApprovalContext>,
    ///Optional proposed execpolicy amendment to allow similar commands without prompting.
    #[serde(
        rename = "proposedExecpolicyAmendment",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub proposed_execpolicy_amendment: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    ///Optional proposed network policy amendments (allow/deny host) for future requests.
    #[serde(
        rename = "proposedNetworkPolicyAmendments",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub proposed_network_policy_amendments: ::std::option::Option<
        ::std::vec::Vec<NetworkPolicyAmendment>,
    >,
    ///Optional explanatory reason (e.g. request for network access).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    ///Unix timestamp (in milliseconds) when this approval request started.
    #[serde(rename = "startedAtMs")]
    pub started_at_ms: i64,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`CommandExecutionRequestApprovalResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CommandExecutionRequestApprovalResponse {
    pub decision: CommandExecutionApprovalDecision,
}
///`CommandExecutionSource`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum CommandExecutionSource {
    #[serde(rename = "agent")]
    Agent,
    #[serde(rename = "userShell")]
    UserShell,
    #[serde(rename = "unifiedExecStartup")]
    UnifiedExecStartup,
    #[serde(rename = "unifiedExecInteraction")]
    UnifiedExecInteraction,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`CommandExecutionStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum CommandExecutionStatus {
    #[serde(rename = "inProgress")]
    InProgress,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "declined")]
    Declined,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`CommandMigration`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CommandMigration {
    pub name: ::std::string::String,
}
///`ComputerUseConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ComputerUseConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default_app_access: ::std::option::Option<AllowDenyRequirement>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub macos: ::std::option::Option<ComputerUseMacosConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub windows: ::std::option::Option<ComputerUseWindowsConfig>,
}
///`ComputerUseMacosConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ComputerUseMacosConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub bundle_ids: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, AllowDenyRequirement>,
    >,
}
///`ComputerUseMacosRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ComputerUseMacosRequirements {
    #[serde(
        rename = "bundleIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bundle_ids: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, AllowDenyRequirement>,
    >,
}
///`ComputerUseRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ComputerUseRequirements {
    #[serde(
        rename = "allowLockedComputerUse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_locked_computer_use: ::std::option::Option<bool>,
    #[serde(
        rename = "allowPersistentApproval",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_persistent_approval: ::std::option::Option<bool>,
    #[serde(
        rename = "defaultAppAccess",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_app_access: ::std::option::Option<AllowDenyRequirement>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub macos: ::std::option::Option<ComputerUseMacosRequirements>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub windows: ::std::option::Option<ComputerUseWindowsRequirements>,
}
///`ComputerUseWindowsConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ComputerUseWindowsConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub aumids: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, AllowDenyRequirement>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exes: ::std::option::Option<::std::vec::Vec<ComputerUseWindowsExeConfig>>,
}
///`ComputerUseWindowsExeConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ComputerUseWindowsExeConfig {
    pub access: AllowDenyRequirement,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub binary_name: ::std::option::Option<::std::string::String>,
    pub product_name: ::std::string::String,
    pub publisher_name: ::std::string::String,
}
///`ComputerUseWindowsExeRequirement`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ComputerUseWindowsExeRequirement {
    pub access: AllowDenyRequirement,
    #[serde(
        rename = "binaryName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub binary_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "productName")]
    pub product_name: ::std::string::String,
    #[serde(rename = "publisherName")]
    pub publisher_name: ::std::string::String,
}
///`ComputerUseWindowsRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ComputerUseWindowsRequirements {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub aumids: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, AllowDenyRequirement>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exes: ::std::option::Option<::std::vec::Vec<ComputerUseWindowsExeRequirement>>,
}
///`Config`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct Config {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub analytics: ::std::option::Option<AnalyticsConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub approval_policy: ::std::option::Option<AskForApproval>,
    ///[UNSTABLE] Optional default for where approval requests are routed for review.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub approvals_reviewer: ::std::option::Option<ApprovalsReviewer>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub apps: ::std::option::Option<AppsConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub browser_use: ::std::option::Option<BrowserUseConfig>,
    ///Effective tools.client_search_provider hint. Model-selected providers take precedence.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub client_search_provider: ::std::option::Option<WebSearchProvider>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub compact_prompt: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub computer_use: ::std::option::Option<ComputerUseConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub desktop: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub developer_instructions: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub forced_chatgpt_workspace_id: ::std::option::Option<ForcedChatgptWorkspaceIds>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub forced_login_method: ::std::option::Option<ForcedLoginMethod>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub instructions: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_auto_compact_token_limit: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_auto_compact_token_limit_scope: ::std::option::Option<
        AutoCompactTokenLimitScope,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_context_window: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_provider: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_reasoning_effort: ::std::option::Option<ReasoningEffort>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_reasoning_summary: ::std::option::Option<ReasoningSummary>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model_verbosity: ::std::option::Option<Verbosity>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub review_model: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sandbox_mode: ::std::option::Option<SandboxMode>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sandbox_workspace_write: ::std::option::Option<SandboxWorkspaceWrite>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub service_tier: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tools: ::std::option::Option<ToolsV2>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub web_search: ::std::option::Option<WebSearchMode>,
}
///`ConfigBatchWriteParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConfigBatchWriteParams {
    pub edits: ::std::vec::Vec<ConfigEdit>,
    #[serde(
        rename = "expectedVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expected_version: ::std::option::Option<::std::string::String>,
    ///Path to the config file to write; defaults to the user's `config.toml` when omitted.
    #[serde(rename = "filePath", skip_serializing_if = "::std::option::Option::is_none")]
    pub file_path: ::std::option::Option<::std::string::String>,
    ///When true, hot-reload updated runtime settings into loaded threads after writing. Session-static model, reasoning-effort, Plan-mode reasoning-effort, and service-tier defaults are not reloaded. The deprecated personality setting is also not reloaded.
    #[serde(
        rename = "reloadUserConfig",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reload_user_config: ::std::option::Option<bool>,
}
///`ConfigEdit`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConfigEdit {
    #[serde(rename = "keyPath")]
    pub key_path: ::std::string::String,
    #[serde(rename = "mergeStrategy")]
    pub merge_strategy: MergeStrategy,
    pub value: ::serde_json::Value,
}
///`ConfigLayer`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConfigLayer {
    pub config: ::serde_json::Value,
    #[serde(
        rename = "disabledReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disabled_reason: ::std::option::Option<::std::string::String>,
    pub name: ConfigLayerSource,
    pub version: ::std::string::String,
}
///`ConfigLayerMetadata`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConfigLayerMetadata {
    pub name: ConfigLayerSource,
    pub version: ::std::string::String,
}
///`ConfigLayerSource`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ConfigLayerSource {
    /**PackagedDefaultsConfigLayerSource

Default configuration supplied with the installed Codex package.*/
    #[serde(rename = "packagedDefaults")]
    PackagedDefaults {
        ///Path to the packaged default configuration file.
        file: AbsolutePathBuf,
    },
    /**MdmConfigLayerSource

Managed preferences layer delivered by MDM (macOS only).*/
    #[serde(rename = "mdm")]
    Mdm { domain: ::std::string::String, key: ::std::string::String },
    /**SystemConfigLayerSource

Managed config layer from a file (usually `managed_config.toml`).*/
    #[serde(rename = "system")]
    System {
        ///This is the path to the system config.toml file, though it is not guaranteed to exist.
        file: AbsolutePathBuf,
    },
    /**EnterpriseManagedConfigLayerSource

Enterprise-managed config layer delivered by the cloud config bundle.*/
    #[serde(rename = "enterpriseManaged")]
    EnterpriseManaged {
        ///Stable identifier for the delivered layer.
        id: ::std::string::String,
        ///Admin-facing name for the delivered layer. This is surfaced in diagnostics so users know which cloud layer needs administrator attention.
        name: ::std::string::String,
    },
    /**UserConfigLayerSource

User config layer from $CODEX_HOME/config.toml. This layer is special in that it is expected to be: - writable by the user - generally outside the workspace directory*/
    #[serde(rename = "user")]
    User {
        ///This is the path to the user's config.toml file, though it is not guaranteed to exist.
        file: AbsolutePathBuf,
        ///Name of the selected profile-v2 config layered on top of the base user config, when this layer represents one.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        profile: ::std::option::Option<::std::string::String>,
    },
    /**ProjectConfigLayerSource

Path to a .codex/ folder within a project. There could be multiple of these between `cwd` and the project/repo root.*/
    #[serde(rename = "project")]
    Project { #[serde(rename = "dotCodexFolder")] dot_codex_folder: AbsolutePathBuf },
    #[serde(rename = "sessionFlags")]
    SessionFlags,
    /**LegacyManagedConfigTomlFromFileConfigLayerSource

`managed_config.toml` was designed to be a config that was loaded as the last layer on top of everything else. This scheme did not quite work out as intended, but we keep this variant as a "best effort" while we phase out `managed_config.toml` in favor of `requirements.toml`.*/
    #[serde(rename = "legacyManagedConfigTomlFromFile")]
    LegacyManagedConfigTomlFromFile { file: AbsolutePathBuf },
    #[serde(rename = "legacyManagedConfigTomlFromMdm")]
    LegacyManagedConfigTomlFromMdm,
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`ConfigReadParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ConfigReadParams {
    ///Optional working directory to resolve project config layers. If specified, return the effective config as seen from that directory (i.e., including any project layers between `cwd` and the project/repo root).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "includeLayers",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_layers: ::std::option::Option<bool>,
}
///`ConfigReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConfigReadResponse {
    pub config: Config,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub layers: ::std::option::Option<::std::vec::Vec<ConfigLayer>>,
    pub origins: ::std::collections::HashMap<::std::string::String, ConfigLayerMetadata>,
}
///`ConfigRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ConfigRequirements {
    #[serde(
        rename = "additionalDeveloperInstructions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_developer_instructions: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "allowAppshots",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_appshots: ::std::option::Option<bool>,
    #[serde(
        rename = "allowBrowserAndComputerUse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_browser_and_computer_use: ::std::option::Option<bool>,
    #[serde(
        rename = "allowLoginShell",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_login_shell: ::std::option::Option<bool>,
    #[serde(
        rename = "allowManagedHooksOnly",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_managed_hooks_only: ::std::option::Option<bool>,
    #[serde(
        rename = "allowRemoteControl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_remote_control: ::std::option::Option<bool>,
    #[serde(
        rename = "allowedApprovalPolicies",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_approval_policies: ::std::option::Option<
        ::std::vec::Vec<AskForApproval>,
    >,
    #[serde(
        rename = "allowedApprovalsReviewers",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_approvals_reviewers: ::std::option::Option<
        ::std::vec::Vec<ApprovalsReviewer>,
    >,
    ///Effective login methods after managed, forced-login, and workspace restrictions. An empty list permits no login method. Older servers may omit this field.
    #[serde(
        rename = "allowedLoginMethods",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_login_methods: ::std::option::Option<::std::vec::Vec<ForcedLoginMethod>>,
    #[serde(
        rename = "allowedPermissionProfiles",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_permission_profiles: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, bool>,
    >,
    #[serde(
        rename = "allowedSandboxModes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_sandbox_modes: ::std::option::Option<::std::vec::Vec<SandboxMode>>,
    #[serde(
        rename = "allowedWebSearchModes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_web_search_modes: ::std::option::Option<::std::vec::Vec<WebSearchMode>>,
    #[serde(
        rename = "allowedWindowsSandboxImplementations",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_windows_sandbox_implementations: ::std::option::Option<
        ::std::vec::Vec<WindowsSandboxImplementation>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub application: ::std::option::Option<ApplicationRequirements>,
    #[serde(
        rename = "autoReview",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_review: ::std::option::Option<AutoReviewRequirements>,
    #[serde(
        rename = "browserUse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub browser_use: ::std::option::Option<BrowserUseRequirements>,
    #[serde(
        rename = "chatgptBaseUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub chatgpt_base_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "checkForUpdateOnStartup",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub check_for_update_on_startup: ::std::option::Option<bool>,
    #[serde(
        rename = "cliAuthCredentialsStore",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cli_auth_credentials_store: ::std::option::Option<CliAuthCredentialsStoreMode>,
    #[serde(
        rename = "computerUse",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub computer_use: ::std::option::Option<ComputerUseRequirements>,
    #[serde(
        rename = "defaultPermissions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_permissions: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "enforceResidency",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enforce_residency: ::std::option::Option<ResidencyRequirement>,
    #[serde(
        rename = "featureRequirements",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub feature_requirements: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, bool>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub feedback: ::std::option::Option<FeedbackRequirements>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub hooks: ::std::option::Option<ManagedHooksRequirements>,
    #[serde(
        rename = "inAppBrowser",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub in_app_browser: ::std::option::Option<InAppBrowserRequirements>,
    #[serde(rename = "logDir", skip_serializing_if = "::std::option::Option::is_none")]
    pub log_dir: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "modelCatalogJson",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_catalog_json: ::std::option::Option<::std::string::String>,
    ///Exact provider selection required by managed policy.
    #[serde(
        rename = "modelProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_provider: ::std::option::Option<::std::string::String>,
    ///Complete required provider definitions, using config.toml field names.
    #[serde(
        rename = "modelProviders",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_providers: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub models: ::std::option::Option<ModelsRequirements>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub network: ::std::option::Option<NetworkRequirements>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub otel: ::std::option::Option<OtelRequirements>,
    #[serde(
        rename = "sqliteHome",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sqlite_home: ::std::option::Option<::std::string::String>,
}
///`ConfigRequirementsReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ConfigRequirementsReadResponse {
    ///Null if no requirements are configured (e.g. no requirements.toml/MDM entries).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub requirements: ::std::option::Option<ConfigRequirements>,
    ///Whether Fast and Ultra Fast requirements are enforced independently. Older servers omit this field and use Fast mode as a shared speed gate.
    #[serde(
        rename = "supportsIndependentSpeedModes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supports_independent_speed_modes: ::std::option::Option<bool>,
}
///`ConfigValueWriteParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConfigValueWriteParams {
    #[serde(
        rename = "expectedVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expected_version: ::std::option::Option<::std::string::String>,
    ///Path to the config file to write; defaults to the user's `config.toml` when omitted.
    #[serde(rename = "filePath", skip_serializing_if = "::std::option::Option::is_none")]
    pub file_path: ::std::option::Option<::std::string::String>,
    #[serde(rename = "keyPath")]
    pub key_path: ::std::string::String,
    #[serde(rename = "mergeStrategy")]
    pub merge_strategy: MergeStrategy,
    pub value: ::serde_json::Value,
}
///`ConfigWarningNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConfigWarningNotification {
    ///Optional extra guidance or error details.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::string::String>,
    ///Optional path to the config file that triggered the warning.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub path: ::std::option::Option<::std::string::String>,
    ///Optional range for the error location inside the config file.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub range: ::std::option::Option<TextRange>,
    ///Concise summary of the warning.
    pub summary: ::std::string::String,
}
///`ConfigWriteResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConfigWriteResponse {
    ///Canonical path to the config file that was written.
    #[serde(rename = "filePath")]
    pub file_path: AbsolutePathBuf,
    #[serde(
        rename = "overriddenMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub overridden_metadata: ::std::option::Option<OverriddenMetadata>,
    pub status: WriteStatus,
    pub version: ::std::string::String,
}
///Reasoning settings interpreted by the backend for the routed model.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConfigurationReasoning {
    pub effort: ReasoningEffort,
}
///`ConfiguredHookHandler`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ConfiguredHookHandler {
    ///CommandConfiguredHookHandler
    #[serde(rename = "command")]
    Command {
        ///Approximate token threshold for spilling this hook's `additionalContext` to disk. `null` uses 2,500 tokens; `0` disables spilling for this hook. The threshold is evaluated against the original context; a spilled preview also includes recovery metadata.
        #[serde(
            rename = "additionalContextLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        additional_context_limit: ::std::option::Option<u32>,
        #[serde(rename = "async")]
        async_: bool,
        command: ::std::string::String,
        #[serde(
            rename = "commandWindows",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        command_windows: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "statusMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        status_message: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "timeoutSec",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        timeout_sec: ::std::option::Option<u64>,
    },
    ///McpToolConfiguredHookHandler
    #[serde(rename = "mcp_tool")]
    McpTool {
        input: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
        server: ::std::string::String,
        #[serde(
            rename = "statusMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        status_message: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "timeoutSec",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        timeout_sec: ::std::option::Option<u64>,
        tool: ::std::string::String,
    },
    #[serde(rename = "prompt")]
    Prompt,
    #[serde(rename = "agent")]
    Agent,
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`ConfiguredHookMatcherGroup`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConfiguredHookMatcherGroup {
    pub hooks: ::std::vec::Vec<ConfiguredHookHandler>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub matcher: ::std::option::Option<::std::string::String>,
}
///EXPERIMENTAL - metadata returned by app/read.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConnectorMetadata {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "distributionChannel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub distribution_channel: ::std::option::Option<::std::string::String>,
    #[serde(rename = "iconUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub icon_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "iconUrlDark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub icon_url_dark: ::std::option::Option<::std::string::String>,
    pub id: ::std::string::String,
    #[serde(
        rename = "installUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub install_url: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    #[serde(
        rename = "pluginDisplayNames",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub plugin_display_names: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "toolSummaries",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tool_summaries: ::std::option::Option<::std::vec::Vec<AppToolSummary>>,
}
///`ConsumeAccountRateLimitResetCreditOutcome`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ConsumeAccountRateLimitResetCreditOutcome {
    ///A reset credit was consumed and the eligible rate-limit windows were reset.
    #[serde(rename = "reset")]
    Reset,
    ///No current rate-limit window is eligible for a reset.
    #[serde(rename = "nothingToReset")]
    NothingToReset,
    ///The account has no earned reset credits available.
    #[serde(rename = "noCredit")]
    NoCredit,
    ///The same idempotency key already completed a reset successfully.
    #[serde(rename = "alreadyRedeemed")]
    AlreadyRedeemed,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ConsumeAccountRateLimitResetCreditParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConsumeAccountRateLimitResetCreditParams {
    ///Opaque reset-credit identifier to redeem. When omitted, the backend selects the next available credit.
    #[serde(rename = "creditId", skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_id: ::std::option::Option<::std::string::String>,
    ///Identifies one logical reset attempt. A UUID is recommended; reuse the same value when retrying that attempt.
    #[serde(rename = "idempotencyKey")]
    pub idempotency_key: ::std::string::String,
}
///`ConsumeAccountRateLimitResetCreditResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ConsumeAccountRateLimitResetCreditResponse {
    pub outcome: ConsumeAccountRateLimitResetCreditOutcome,
}
///`ContentItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ContentItem {
    ///InputTextContentItem
    #[serde(rename = "input_text")]
    InputText { text: ::std::string::String },
    ///InputImageContentItem
    #[serde(rename = "input_image")]
    InputImage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        detail: ::std::option::Option<ImageDetail>,
        ///One of `image_url`, `file_id` is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        file_id: ::std::option::Option<::std::string::String>,
        ///One of `image_url`, `file_id` is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        image_url: ::std::option::Option<::std::string::String>,
    },
    /**InputAudioContentItem

Inline audio data or an uploaded file loaded by the Responses API.*/
    #[serde(rename = "input_audio")]
    InputAudio {
        ///One of `audio_url`, `file_id` is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        audio_url: ::std::option::Option<::std::string::String>,
        ///One of `audio_url`, `file_id` is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        file_id: ::std::option::Option<::std::string::String>,
    },
    ///OutputTextContentItem
    #[serde(rename = "output_text")]
    OutputText {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        annotations: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        logprobs: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
        text: ::std::string::String,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///Deprecated: Use `ContextCompaction` item type instead.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ContextCompactedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`ConversationTextRole`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ConversationTextRole {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "developer")]
    Developer,
    #[serde(rename = "assistant")]
    Assistant,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`CreditsSnapshot`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CreditsSnapshot {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub balance: ::std::option::Option<::std::string::String>,
    #[serde(rename = "hasCredits")]
    pub has_credits: bool,
    pub unlimited: bool,
}
///`CurrentTimeReadParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CurrentTimeReadParams {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`CurrentTimeReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct CurrentTimeReadResponse {
    ///Current time as whole Unix seconds.
    #[serde(rename = "currentTimeAt")]
    pub current_time_at: i64,
}
///Requested cyber treatment for an OpenAI model turn. Authorization and model-tier restrictions remain server-owned.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum CyberAccessProgram {
    #[serde(rename = "standard")]
    Standard,
    #[serde(rename = "daybreakBlue")]
    DaybreakBlue,
    #[serde(rename = "daybreakRed")]
    DaybreakRed,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`DeprecationNoticeNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct DeprecationNoticeNotification {
    ///Optional extra guidance, such as migration steps or rationale.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::string::String>,
    ///Concise summary of what is deprecated.
    pub summary: ::std::string::String,
}
///`DesktopOnboardingEntrypoint`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum DesktopOnboardingEntrypoint {
    #[serde(rename = "life_sciences")]
    LifeSciences,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`DynamicToolCallOutputContentItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum DynamicToolCallOutputContentItem {
    ///InputTextDynamicToolCallOutputContentItem
    #[serde(rename = "inputText")]
    InputText { text: ::std::string::String },
    ///InputImageDynamicToolCallOutputContentItem
    #[serde(rename = "inputImage")]
    InputImage { #[serde(rename = "imageUrl")] image_url: ::std::string::String },
    ///InputAudioDynamicToolCallOutputContentItem
    #[serde(rename = "inputAudio")]
    InputAudio { #[serde(rename = "audioUrl")] audio_url: ::std::string::String },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`DynamicToolCallParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct DynamicToolCallParams {
    pub arguments: ::serde_json::Value,
    #[serde(rename = "callId")]
    pub call_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    pub tool: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`DynamicToolCallResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct DynamicToolCallResponse {
    #[serde(rename = "contentItems")]
    pub content_items: ::std::vec::Vec<DynamicToolCallOutputContentItem>,
    pub success: bool,
}
///`DynamicToolCallStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum DynamicToolCallStatus {
    #[serde(rename = "inProgress")]
    InProgress,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "failed")]
    Failed,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`DynamicToolNamespaceTool`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum DynamicToolNamespaceTool {
    ///FunctionDynamicToolNamespaceTool
    #[serde(rename = "function")]
    Function {
        #[serde(
            rename = "deferLoading",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        defer_loading: ::std::option::Option<bool>,
        description: ::std::string::String,
        #[serde(rename = "inputSchema")]
        input_schema: ::serde_json::Value,
        name: ::std::string::String,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`DynamicToolSpec`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum DynamicToolSpec {
    ///FunctionDynamicToolSpec
    #[serde(rename = "function")]
    Function {
        #[serde(
            rename = "deferLoading",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        defer_loading: ::std::option::Option<bool>,
        description: ::std::string::String,
        #[serde(rename = "inputSchema")]
        input_schema: ::serde_json::Value,
        name: ::std::string::String,
    },
    ///NamespaceDynamicToolSpec
    #[serde(rename = "namespace")]
    Namespace {
        description: ::std::string::String,
        name: ::std::string::String,
        tools: ::std::vec::Vec<DynamicToolNamespaceTool>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`EnvironmentAddParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct EnvironmentAddParams {
    ///Optional raw bearer token for executor authentication, including reconnects. Requires a secure transport or a loopback destination.
    #[serde(
        rename = "authBearerToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auth_bearer_token: ::std::option::Option<::std::string::String>,
    ///Optional WebSocket connection timeout. The server default applies when omitted.
    #[serde(
        rename = "connectTimeoutMs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connect_timeout_ms: ::std::option::Option<u64>,
    #[serde(rename = "environmentId")]
    pub environment_id: ::std::string::String,
    #[serde(rename = "execServerUrl")]
    pub exec_server_url: ::std::string::String,
    ///Required skills supplied by this environment, checked before model inference.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub skills: ::std::option::Option<EnvironmentSkillsParams>,
    ///Optional X-Request-ID for the direct WebSocket upgrade, including reconnects. Requires a secure transport or a loopback destination.
    #[serde(
        rename = "websocketRequestId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub websocket_request_id: ::std::option::Option<::std::string::String>,
}
///`EnvironmentAddResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct EnvironmentAddResponse {}
///`EnvironmentConnectionNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct EnvironmentConnectionNotification {
    #[serde(rename = "environmentId")]
    pub environment_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`EnvironmentInfoParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct EnvironmentInfoParams {
    #[serde(rename = "environmentId")]
    pub environment_id: ::std::string::String,
}
///`EnvironmentInfoResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct EnvironmentInfoResponse {
    ///Default working directory reported by the environment, as a canonical file URI.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<PathUri>,
    pub shell: EnvironmentShellInfo,
}
///`EnvironmentShellInfo`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct EnvironmentShellInfo {
    ///Stable shell name, for example `zsh`, `bash`, `powershell`, `sh`, or `cmd`.
    pub name: ::std::string::String,
    ///Target-native shell executable path or command name.
    pub path: ::std::string::String,
}
///`EnvironmentSkillsParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct EnvironmentSkillsParams {
    ///Exact catalog names that must be available from this environment.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub required: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
/**Current status observed by app-server without starting or recovering an environment.

For a currently ready remote environment, app-server asks the existing exec-server connection for `environment/status` without allowing recovery.*/
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum EnvironmentStatusKind {
    ///The environment is local, or an already-connected remote exec-server answered `environment/status` over its existing initialized connection.
    #[serde(rename = "ready")]
    Ready,
    ///The configured environment has no ready connection and no observed connection failure. This includes lazy environments that have never been started and initial startup that has not finished.
    #[serde(rename = "pending")]
    Pending,
    ///A connection attempt, prior connection, or fail-fast `environment/status` probe observed a failure. This does not promise the failure is terminal: later normal environment use may recover it. This call does not trigger recovery; `error` contains the observed reason.
    #[serde(rename = "disconnected")]
    Disconnected,
    ///The requested environment id is not configured in app-server.
    #[serde(rename = "unknown")]
    Unknown,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///Parameters for reading the current status of one configured environment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct EnvironmentStatusParams {
    ///Environment id to inspect.
    #[serde(rename = "environmentId")]
    pub environment_id: ::std::string::String,
}
///Current status for the requested environment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct EnvironmentStatusResponse {
    ///Human-readable detail for `disconnected` and `unknown`; omitted for other statuses.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    ///Current status observed without starting or recovering the environment.
    pub status: EnvironmentStatusKind,
}
///`ErrorNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ErrorNotification {
    pub error: TurnError,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
    #[serde(rename = "willRetry")]
    pub will_retry: bool,
}
///`ExecCommandApprovalParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExecCommandApprovalParams {
    ///Identifier for this specific approval callback.
    #[serde(
        rename = "approvalId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approval_id: ::std::option::Option<::std::string::String>,
    ///Use to correlate this with [codex_protocol::protocol::ExecCommandBeginEvent] and [codex_protocol::protocol::ExecCommandEndEvent].
    #[serde(rename = "callId")]
    pub call_id: ::std::string::String,
    pub command: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "conversationId")]
    pub conversation_id: ThreadId,
    pub cwd: ::std::string::String,
    #[serde(rename = "parsedCmd")]
    pub parsed_cmd: ::std::vec::Vec<ParsedCommand>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}
///`ExecCommandApprovalResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExecCommandApprovalResponse {
    pub decision: ReviewDecision,
}
///`ExperimentalFeature`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExperimentalFeature {
    ///Announcement copy shown to users when the feature is introduced. Null when this feature is not in beta.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub announcement: ::std::option::Option<::std::string::String>,
    ///Whether this feature is enabled by default.
    #[serde(rename = "defaultEnabled")]
    pub default_enabled: bool,
    ///Short summary describing what the feature does. Null when this feature is not in beta.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    ///User-facing display name shown in the experimental features UI. Null when this feature is not in beta.
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    ///Whether this feature is currently enabled in the loaded config.
    pub enabled: bool,
    ///Stable key used in config.toml and CLI flag toggles.
    pub name: ::std::string::String,
    ///Lifecycle stage of this feature flag.
    pub stage: ExperimentalFeatureStage,
}
///`ExperimentalFeatureEnablementSetParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExperimentalFeatureEnablementSetParams {
    /**Process-wide runtime feature enablement keyed by canonical feature name.

Only named features are updated. Omitted features are left unchanged. Send an empty map for a no-op.*/
    pub enablement: ::std::collections::HashMap<::std::string::String, bool>,
}
///`ExperimentalFeatureEnablementSetResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExperimentalFeatureEnablementSetResponse {
    ///Feature enablement entries updated by this request.
    pub enablement: ::std::collections::HashMap<::std::string::String, bool>,
}
///`ExperimentalFeatureListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ExperimentalFeatureListParams {
    ///Opaque pagination cursor returned by a previous call.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///Optional page size; defaults to a reasonable server-side value.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    ///Optional loaded thread id. Pass this when showing feature state for an existing thread so enablement is computed from that thread's refreshed config, including project-local config for the thread's cwd.
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///`ExperimentalFeatureListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExperimentalFeatureListResponse {
    pub data: ::std::vec::Vec<ExperimentalFeature>,
    ///Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`ExperimentalFeatureStage`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ExperimentalFeatureStage {
    ///Feature is available for user testing and feedback.
    #[serde(rename = "beta")]
    Beta,
    ///Feature is still being built and not ready for broad use.
    #[serde(rename = "underDevelopment")]
    UnderDevelopment,
    ///Feature is production-ready.
    #[serde(rename = "stable")]
    Stable,
    ///Feature is deprecated and should be avoided.
    #[serde(rename = "deprecated")]
    Deprecated,
    ///Feature flag is retained only for backwards compatibility.
    #[serde(rename = "removed")]
    Removed,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ExternalAgentConfigDetectParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ExternalAgentConfigDetectParams {
    ///Zero or more working directories to include for repo-scoped detection.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwds: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ///If true, include detection under the user's home directory.
    #[serde(
        rename = "includeHome",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_home: ::std::option::Option<bool>,
    ///Maximum age in days for detected sessions. Missing values use the default limit.
    #[serde(
        rename = "maxSessionAgeDays",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_session_age_days: ::std::option::Option<u32>,
    ///Maximum number of sessions to detect. Missing values use the default limit.
    #[serde(
        rename = "maxSessions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_sessions: ::std::option::Option<u32>,
    ///Optional migration-source selector. Missing or unrecognized values use the default source.
    #[serde(
        rename = "migrationSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migration_source: ::std::option::Option<::std::string::String>,
    ///Deprecated field retained for compatibility. This field is ignored; use `migrationSource` to select the migration source.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
}
///`ExternalAgentConfigDetectResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigDetectResponse {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub connectors: ::std::vec::Vec<ExternalAgentDetectedConnectorCandidate>,
    pub items: ::std::vec::Vec<ExternalAgentConfigMigrationItem>,
}
///`ExternalAgentConfigImportCompletedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportCompletedNotification {
    #[serde(rename = "importId")]
    pub import_id: ::std::string::String,
    #[serde(rename = "itemTypeResults")]
    pub item_type_results: ::std::vec::Vec<ExternalAgentConfigImportTypeResult>,
}
///`ExternalAgentConfigImportHistoriesReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportHistoriesReadResponse {
    pub connectors: ::std::vec::Vec<ExternalAgentImportedConnectorCandidate>,
    pub data: ::std::vec::Vec<ExternalAgentConfigImportHistory>,
}
///`ExternalAgentConfigImportHistory`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportHistory {
    #[serde(rename = "completedAtMs")]
    pub completed_at_ms: i64,
    pub failures: ::std::vec::Vec<ExternalAgentConfigImportItemTypeFailure>,
    #[serde(rename = "importId")]
    pub import_id: ::std::string::String,
    #[serde(
        rename = "providerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_id: ::std::option::Option<::std::string::String>,
    pub successes: ::std::vec::Vec<ExternalAgentConfigImportItemTypeSuccess>,
}
///`ExternalAgentConfigImportHistoryRecordParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportHistoryRecordParams {
    ///Completed results grouped by imported item type.
    #[serde(rename = "itemTypeResults")]
    pub item_type_results: ::std::vec::Vec<
        ExternalAgentConfigImportHistoryRecordTypeResultParams,
    >,
    ///Opaque provider identifier for the externally completed import.
    #[serde(rename = "providerId")]
    pub provider_id: ::std::string::String,
}
///`ExternalAgentConfigImportHistoryRecordResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportHistoryRecordResponse {
    #[serde(rename = "importId")]
    pub import_id: ::std::string::String,
}
///`ExternalAgentConfigImportHistoryRecordSuccessParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportHistoryRecordSuccessParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    #[serde(rename = "itemType")]
    pub item_type: ExternalAgentConfigMigrationItemType,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<::std::string::String>,
    ///Original title for an imported session, when available.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}
///`ExternalAgentConfigImportHistoryRecordTypeResultParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportHistoryRecordTypeResultParams {
    pub failures: ::std::vec::Vec<ExternalAgentConfigImportItemTypeFailure>,
    #[serde(rename = "itemType")]
    pub item_type: ExternalAgentConfigMigrationItemType,
    pub successes: ::std::vec::Vec<ExternalAgentConfigImportHistoryRecordSuccessParams>,
}
///`ExternalAgentConfigImportItemTypeFailure`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportItemTypeFailure {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "errorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_type: ::std::option::Option<::std::string::String>,
    #[serde(rename = "failureStage")]
    pub failure_stage: ::std::string::String,
    #[serde(rename = "itemType")]
    pub item_type: ExternalAgentConfigMigrationItemType,
    pub message: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "subErrorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sub_error_type: ::std::option::Option<::std::string::String>,
}
///`ExternalAgentConfigImportItemTypeSuccess`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportItemTypeSuccess {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    #[serde(rename = "itemType")]
    pub item_type: ExternalAgentConfigMigrationItemType,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<::std::string::String>,
    ///Original title for an imported session; null for other item types.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}
///`ExternalAgentConfigImportParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportParams {
    #[serde(rename = "migrationItems")]
    pub migration_items: ::std::vec::Vec<ExternalAgentConfigMigrationItem>,
    ///Migration-source selector used to produce the migration items. Pass the same value to detection and import; missing or unrecognized values use the default source.
    #[serde(
        rename = "migrationSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migration_source: ::std::option::Option<::std::string::String>,
    ///Opaque provider identifier supplied by the caller for analytics attribution and import history display. This does not select the migration source.
    #[serde(
        rename = "providerId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub provider_id: ::std::option::Option<::std::string::String>,
    ///Optional identifier for the product that initiated the import.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub source: ::std::option::Option<::std::string::String>,
}
///`ExternalAgentConfigImportProgressNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportProgressNotification {
    #[serde(rename = "importId")]
    pub import_id: ::std::string::String,
    #[serde(rename = "itemTypeResults")]
    pub item_type_results: ::std::vec::Vec<ExternalAgentConfigImportTypeResult>,
}
///`ExternalAgentConfigImportResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportResponse {
    #[serde(rename = "importId")]
    pub import_id: ::std::string::String,
}
///`ExternalAgentConfigImportTypeResult`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigImportTypeResult {
    pub failures: ::std::vec::Vec<ExternalAgentConfigImportItemTypeFailure>,
    #[serde(rename = "itemType")]
    pub item_type: ExternalAgentConfigMigrationItemType,
    pub successes: ::std::vec::Vec<ExternalAgentConfigImportItemTypeSuccess>,
}
///`ExternalAgentConfigMigrationItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentConfigMigrationItem {
    ///Null or empty means home-scoped migration; non-empty means repo-scoped migration.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    pub description: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<MigrationDetails>,
    #[serde(rename = "itemType")]
    pub item_type: ExternalAgentConfigMigrationItemType,
}
///`ExternalAgentConfigMigrationItemType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ExternalAgentConfigMigrationItemType {
    #[serde(rename = "AGENTS_MD")]
    AgentsMd,
    #[serde(rename = "CONFIG")]
    Config,
    #[serde(rename = "SKILLS")]
    Skills,
    #[serde(rename = "PLUGINS")]
    Plugins,
    #[serde(rename = "MCP_SERVER_CONFIG")]
    McpServerConfig,
    #[serde(rename = "SUBAGENTS")]
    Subagents,
    #[serde(rename = "HOOKS")]
    Hooks,
    #[serde(rename = "COMMANDS")]
    Commands,
    #[serde(rename = "MEMORY")]
    Memory,
    #[serde(rename = "SESSIONS")]
    Sessions,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ExternalAgentDetectedConnectorCandidate`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentDetectedConnectorCandidate {
    pub name: ::std::string::String,
    #[serde(rename = "sessionCount")]
    pub session_count: u32,
    pub source: ExternalAgentDetectedConnectorSource,
}
///`ExternalAgentDetectedConnectorSource`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ExternalAgentDetectedConnectorSource {
    #[serde(rename = "remoteMcpServersConfig")]
    RemoteMcpServersConfig,
    #[serde(rename = "sessionToolUse")]
    SessionToolUse,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ExternalAgentImportedConnectorCandidate`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ExternalAgentImportedConnectorCandidate {
    pub name: ::std::string::String,
    #[serde(rename = "sessionCount")]
    pub session_count: u32,
    pub source: ExternalAgentImportedConnectorSource,
}
///`ExternalAgentImportedConnectorSource`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ExternalAgentImportedConnectorSource {
    #[serde(rename = "remoteMcpServersConfig")]
    RemoteMcpServersConfig,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`FeedbackRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FeedbackRequirements {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
}
///`FeedbackSaveParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FeedbackSaveParams {
    pub classification: ::std::string::String,
    #[serde(
        rename = "extraLogFiles",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub extra_log_files: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "includeLogs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_logs: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    ///Absolute, previously unused ZIP path on the app-server host. The caller owns this file, including after a disconnected RPC.
    #[serde(rename = "savePath")]
    pub save_path: LegacyAppPathString,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///`FeedbackSaveResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FeedbackSaveResponse {
    ///Same prompt hash as feedback/upload; null when prompt metadata is absent.
    #[serde(
        rename = "promptHash",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prompt_hash: ::std::option::Option<::std::string::String>,
    #[serde(rename = "savedPath")]
    pub saved_path: LegacyAppPathString,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`FeedbackUploadParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FeedbackUploadParams {
    pub classification: ::std::string::String,
    #[serde(
        rename = "extraLogFiles",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub extra_log_files: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "includeLogs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_logs: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tags: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///`FeedbackUploadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FeedbackUploadResponse {
    ///Whitespace-normalized SHA-256 of the session base instructions, matching the uploaded `prompt_hash` tag. Does not include later developer messages. Null when the reported rollout has no prompt metadata.
    #[serde(
        rename = "promptHash",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub prompt_hash: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`FileChange`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum FileChange {
    ///AddFileChange
    #[serde(rename = "add")]
    Add { content: ::std::string::String },
    ///DeleteFileChange
    #[serde(rename = "delete")]
    Delete { content: ::std::string::String },
    ///UpdateFileChange
    #[serde(rename = "update")]
    Update {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        move_path: ::std::option::Option<::std::string::String>,
        unified_diff: ::std::string::String,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`FileChangeApprovalDecision`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum FileChangeApprovalDecision {
    ///User approved the file changes.
    #[serde(rename = "accept")]
    Accept,
    ///User approved the file changes and future changes to the same files should run without prompting.
    #[serde(rename = "acceptForSession")]
    AcceptForSession,
    ///User denied the file changes. The agent will continue the turn.
    #[serde(rename = "decline")]
    Decline,
    ///User denied the file changes. The turn will also be immediately interrupted.
    #[serde(rename = "cancel")]
    Cancel,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
/**Deprecated legacy notification for `apply_patch` textual output.

The server no longer emits this notification.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FileChangeOutputDeltaNotification {
    pub delta: ::std::string::String,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`FileChangePatchUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FileChangePatchUpdatedNotification {
    pub changes: ::std::vec::Vec<FileUpdateChange>,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`FileChangeRequestApprovalParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FileChangeRequestApprovalParams {
    ///[UNSTABLE] When set, the agent is asking the user to allow writes under this root for the remainder of the session (unclear if this is honored today).
    #[serde(
        rename = "grantRoot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub grant_root: ::std::option::Option<::std::string::String>,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    ///Optional explanatory reason (e.g. request for extra write access).
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    ///Unix timestamp (in milliseconds) when this approval request started.
    #[serde(rename = "startedAtMs")]
    pub started_at_ms: i64,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`FileChangeRequestApprovalResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FileChangeRequestApprovalResponse {
    pub decision: FileChangeApprovalDecision,
}
///`FileSystemAccessMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum FileSystemAccessMode {
    #[serde(rename = "read")]
    Read,
    #[serde(rename = "write")]
    Write,
    #[serde(rename = "deny")]
    Deny,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`FileSystemPath`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum FileSystemPath {
    ///PathFileSystemPath
    #[serde(rename = "path")]
    Path { path: LegacyAppPathString },
    ///GlobPatternFileSystemPath
    #[serde(rename = "glob_pattern")]
    GlobPattern { pattern: ::std::string::String },
    ///SpecialFileSystemPath
    #[serde(rename = "special")]
    Special { value: FileSystemSpecialPath },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`FileSystemSandboxEntry`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FileSystemSandboxEntry {
    pub access: FileSystemAccessMode,
    pub path: FileSystemPath,
}
///`FileSystemSpecialPath`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "kind")]
#[non_exhaustive]
pub enum FileSystemSpecialPath {
    #[serde(rename = "root")]
    Root,
    #[serde(rename = "minimal")]
    Minimal,
    ///KindFileSystemSpecialPath
    #[serde(rename = "project_roots")]
    ProjectRoots {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        subpath: ::std::option::Option<LegacyAppPathString>,
    },
    #[serde(rename = "tmpdir")]
    Tmpdir,
    #[serde(rename = "slash_tmp")]
    SlashTmp,
    #[serde(rename = "unknown")]
    Unknown {
        path: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        subpath: ::std::option::Option<LegacyAppPathString>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`FileUpdateChange`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FileUpdateChange {
    pub diff: ::std::string::String,
    pub kind: PatchChangeKind,
    pub path: ::std::string::String,
}
///Backward-compatible API shape for ChatGPT workspace login restrictions.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum ForcedChatgptWorkspaceIds {
    String(::std::string::String),
    Array(::std::vec::Vec<::std::string::String>),
}
impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
for ForcedChatgptWorkspaceIds {
    fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
        Self::Array(value)
    }
}
///`ForcedLoginMethod`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ForcedLoginMethod {
    #[serde(rename = "chatgpt")]
    Chatgpt,
    #[serde(rename = "api")]
    Api,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///Filesystem watch notification emitted for `fs/watch` subscribers.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsChangedNotification {
    ///File or directory paths associated with this event.
    #[serde(rename = "changedPaths")]
    pub changed_paths: ::std::vec::Vec<AbsolutePathBuf>,
    ///Watch identifier previously provided to `fs/watch`.
    #[serde(rename = "watchId")]
    pub watch_id: ::std::string::String,
}
///Copy a file or directory tree on the host filesystem.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsCopyParams {
    ///Absolute destination path.
    #[serde(rename = "destinationPath")]
    pub destination_path: AbsolutePathBuf,
    ///Required for directory copies; ignored for file copies.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recursive: ::std::option::Option<bool>,
    ///Absolute source path.
    #[serde(rename = "sourcePath")]
    pub source_path: AbsolutePathBuf,
}
///Successful response for `fs/copy`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FsCopyResponse {}
///Create a directory on the host filesystem.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsCreateDirectoryParams {
    ///Absolute directory path to create.
    pub path: AbsolutePathBuf,
    ///Whether parent directories should also be created. Defaults to `true`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recursive: ::std::option::Option<bool>,
}
///Successful response for `fs/createDirectory`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FsCreateDirectoryResponse {}
///Request metadata for an absolute path.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsGetMetadataParams {
    ///Absolute path to inspect.
    pub path: AbsolutePathBuf,
}
///Metadata returned by `fs/getMetadata`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsGetMetadataResponse {
    ///File creation time in Unix milliseconds when available, otherwise `0`.
    #[serde(rename = "createdAtMs")]
    pub created_at_ms: i64,
    ///Whether the path resolves to a directory.
    #[serde(rename = "isDirectory")]
    pub is_directory: bool,
    ///Whether the path resolves to a regular file.
    #[serde(rename = "isFile")]
    pub is_file: bool,
    ///Whether the path itself is a symbolic link.
    #[serde(rename = "isSymlink")]
    pub is_symlink: bool,
    ///File modification time in Unix milliseconds when available, otherwise `0`.
    #[serde(rename = "modifiedAtMs")]
    pub modified_at_ms: i64,
}
///A directory entry returned by `fs/readDirectory`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsReadDirectoryEntry {
    ///Direct child entry name only, not an absolute or relative path.
    #[serde(rename = "fileName")]
    pub file_name: ::std::string::String,
    ///Whether this entry resolves to a directory.
    #[serde(rename = "isDirectory")]
    pub is_directory: bool,
    ///Whether this entry resolves to a regular file.
    #[serde(rename = "isFile")]
    pub is_file: bool,
}
///List direct child names for a directory.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsReadDirectoryParams {
    ///Absolute directory path to read.
    pub path: AbsolutePathBuf,
}
///Directory entries returned by `fs/readDirectory`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsReadDirectoryResponse {
    ///Direct child entries in the requested directory.
    pub entries: ::std::vec::Vec<FsReadDirectoryEntry>,
}
///Read a file from the host filesystem.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsReadFileParams {
    ///Absolute path to read.
    pub path: AbsolutePathBuf,
}
///Base64-encoded file contents returned by `fs/readFile`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsReadFileResponse {
    ///File contents encoded as base64.
    #[serde(rename = "dataBase64")]
    pub data_base64: ::std::string::String,
}
///Remove a file or directory tree from the host filesystem.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsRemoveParams {
    ///Whether missing paths should be ignored. Defaults to `true`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub force: ::std::option::Option<bool>,
    ///Absolute path to remove.
    pub path: AbsolutePathBuf,
    ///Whether directory removal should recurse. Defaults to `true`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub recursive: ::std::option::Option<bool>,
}
///Successful response for `fs/remove`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FsRemoveResponse {}
///Stop filesystem watch notifications for a prior `fs/watch`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsUnwatchParams {
    ///Watch identifier previously provided to `fs/watch`.
    #[serde(rename = "watchId")]
    pub watch_id: ::std::string::String,
}
///Successful response for `fs/unwatch`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FsUnwatchResponse {}
///Start filesystem watch notifications for an absolute path.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsWatchParams {
    ///Absolute file or directory path to watch.
    pub path: AbsolutePathBuf,
    ///Connection-scoped watch identifier used for `fs/unwatch` and `fs/changed`.
    #[serde(rename = "watchId")]
    pub watch_id: ::std::string::String,
}
///Successful response for `fs/watch`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsWatchResponse {
    ///Canonicalized path associated with the watch.
    pub path: AbsolutePathBuf,
}
///Write a file on the host filesystem.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FsWriteFileParams {
    ///File contents encoded as base64.
    #[serde(rename = "dataBase64")]
    pub data_base64: ::std::string::String,
    ///Absolute path to write.
    pub path: AbsolutePathBuf,
}
///Successful response for `fs/writeFile`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FsWriteFileResponse {}
///`FunctionCallOutputBody`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum FunctionCallOutputBody {
    String(::std::string::String),
    Array(::std::vec::Vec<FunctionCallOutputContentItem>),
}
impl ::std::convert::From<::std::vec::Vec<FunctionCallOutputContentItem>>
for FunctionCallOutputBody {
    fn from(value: ::std::vec::Vec<FunctionCallOutputContentItem>) -> Self {
        Self::Array(value)
    }
}
///Responses API compatible content items that can be returned by a tool call. This is a subset of ContentItem with the types we support as function call outputs.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum FunctionCallOutputContentItem {
    ///InputTextFunctionCallOutputContentItem
    #[serde(rename = "input_text")]
    InputText { text: ::std::string::String },
    ///InputImageFunctionCallOutputContentItem
    #[serde(rename = "input_image")]
    InputImage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        detail: ::std::option::Option<ImageDetail>,
        ///One of `image_url`, `file_id` is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        file_id: ::std::option::Option<::std::string::String>,
        ///One of `image_url`, `file_id` is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        image_url: ::std::option::Option<::std::string::String>,
    },
    /**InputAudioFunctionCallOutputContentItem

Inline audio data or an uploaded file loaded by the Responses API.*/
    #[serde(rename = "input_audio")]
    InputAudio {
        ///One of `audio_url`, `file_id` is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        audio_url: ::std::option::Option<::std::string::String>,
        ///One of `audio_url`, `file_id` is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        file_id: ::std::option::Option<::std::string::String>,
    },
    ///EncryptedContentFunctionCallOutputContentItem
    #[serde(rename = "encrypted_content")]
    EncryptedContent { encrypted_content: ::std::string::String },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`FuzzyFileSearchMatchType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum FuzzyFileSearchMatchType {
    #[serde(rename = "file")]
    File,
    #[serde(rename = "directory")]
    Directory,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`FuzzyFileSearchParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FuzzyFileSearchParams {
    #[serde(
        rename = "cancellationToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cancellation_token: ::std::option::Option<::std::string::String>,
    pub query: ::std::string::String,
    pub roots: ::std::vec::Vec<::std::string::String>,
}
///`FuzzyFileSearchResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FuzzyFileSearchResponse {
    pub files: ::std::vec::Vec<FuzzyFileSearchResult>,
}
///Superset of [`codex_file_search::FileMatch`]
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FuzzyFileSearchResult {
    pub file_name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub indices: ::std::option::Option<::std::vec::Vec<u32>>,
    pub match_type: FuzzyFileSearchMatchType,
    pub path: ::std::string::String,
    pub root: ::std::string::String,
    pub score: u32,
}
///`FuzzyFileSearchSessionCompletedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FuzzyFileSearchSessionCompletedNotification {
    #[serde(rename = "sessionId")]
    pub session_id: ::std::string::String,
}
///`FuzzyFileSearchSessionStartParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FuzzyFileSearchSessionStartParams {
    pub roots: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "sessionId")]
    pub session_id: ::std::string::String,
}
///`FuzzyFileSearchSessionStartResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FuzzyFileSearchSessionStartResponse {}
///`FuzzyFileSearchSessionStopParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FuzzyFileSearchSessionStopParams {
    #[serde(rename = "sessionId")]
    pub session_id: ::std::string::String,
}
///`FuzzyFileSearchSessionStopResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FuzzyFileSearchSessionStopResponse {}
///`FuzzyFileSearchSessionUpdateParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FuzzyFileSearchSessionUpdateParams {
    pub query: ::std::string::String,
    #[serde(rename = "sessionId")]
    pub session_id: ::std::string::String,
}
///`FuzzyFileSearchSessionUpdateResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct FuzzyFileSearchSessionUpdateResponse {}
///`FuzzyFileSearchSessionUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct FuzzyFileSearchSessionUpdatedNotification {
    pub files: ::std::vec::Vec<FuzzyFileSearchResult>,
    pub query: ::std::string::String,
    #[serde(rename = "sessionId")]
    pub session_id: ::std::string::String,
}
///`GatewayAuth`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "mode")]
#[non_exhaustive]
pub enum GatewayAuth {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "environmentVariable")]
    EnvironmentVariable { #[serde(rename = "envKey")] env_key: ::std::string::String },
    /**ModeGatewayAuth

Authentication is configured outside the gateway form. Preserve it on edits.*/
    #[serde(rename = "externallyConfigured")]
    ExternallyConfigured {
        #[serde(
            rename = "envKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        env_key: ::std::option::Option<::std::string::String>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`GatewayOAuthCancelResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GatewayOAuthCancelResponse {}
///`GatewayOAuthChangedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GatewayOAuthChangedNotification {
    ///Authorization handoff, sent only to the connection that started login.
    #[serde(rename = "authUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub auth_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    ///Identifies the completed device login attempt.
    #[serde(rename = "loginId", skip_serializing_if = "::std::option::Option::is_none")]
    pub login_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "providerId")]
    pub provider_id: ::std::string::String,
    pub status: GatewayOAuthStatus,
}
///Authorize a configured provider without changing the default or any thread's provider.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GatewayOAuthLoginParams {
    ///Select device authorization when the server advertises support for it.
    #[serde(
        rename = "deviceAuth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_auth: ::std::option::Option<bool>,
    ///Defaults to the current provider when omitted.
    #[serde(
        rename = "modelProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_provider: ::std::option::Option<::std::string::String>,
}
///`GatewayOAuthLoginResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GatewayOAuthLoginResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub prompt: ::std::option::Option<GatewayOAuthPrompt>,
}
///`GatewayOAuthPrompt`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GatewayOAuthPrompt {
    #[serde(rename = "loginId")]
    pub login_id: ::std::string::String,
    #[serde(rename = "userCode")]
    pub user_code: ::std::string::String,
    #[serde(rename = "verificationUrl")]
    pub verification_url: ::std::string::String,
}
///Read credential readiness for a configured provider without starting browser login.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GatewayOAuthReadParams {
    ///Defaults to the current provider when omitted.
    #[serde(
        rename = "modelProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_provider: ::std::option::Option<::std::string::String>,
}
///Current effective gateway policy and credential readiness; never contains credentials.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GatewayOAuthReadResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    #[serde(rename = "providerId")]
    pub provider_id: ::std::string::String,
    #[serde(rename = "providerName")]
    pub provider_name: ::std::string::String,
    ///Whether the selected provider uses gateway OAuth, even when already signed in.
    pub required: bool,
    ///Null when the effective provider does not use gateway OAuth.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<GatewayOAuthStatus>,
    ///Whether the administrator configured a device authorization endpoint.
    #[serde(rename = "supportsDeviceAuth", default)]
    pub supports_device_auth: bool,
}
///`GatewayOAuthStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum GatewayOAuthStatus {
    #[serde(rename = "notReady")]
    NotReady,
    #[serde(rename = "started")]
    Started,
    #[serde(rename = "succeeded")]
    Succeeded,
    #[serde(rename = "failed")]
    Failed,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`GcpProviderId`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum GcpProviderId {
    #[serde(rename = "gcp")]
    Gcp,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`GcpSetupParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GcpSetupParams {
    ///Absolute path to a credential file on the app-server host. Omit or pass `null` to clear the active user configuration's override and use ADC. If another configuration layer would still supply a credential file, setup fails without saving changes.
    #[serde(
        rename = "credentialFile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credential_file: ::std::option::Option<::std::string::String>,
    ///Vertex AI location. Omission or null selects `global`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<::std::string::String>,
    #[serde(rename = "projectId")]
    pub project_id: ::std::string::String,
}
///`GcpSetupResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GcpSetupResponse {}
///`GetAccountParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GetAccountParams {
    /**When `true`, requests a proactive token refresh before returning.

In managed auth mode this triggers the normal refresh-token flow. In external auth mode this flag is ignored. Clients should refresh tokens themselves and call `account/login/start` with `chatgptAuthTokens`.*/
    #[serde(
        rename = "refreshToken",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub refresh_token: ::std::option::Option<bool>,
}
///Usage-read capabilities of the requesting client, never inferred from its experiment arm.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GetAccountRateLimitsParams {
    ///Skip the separate reset-credit detail lookup for background usage polls. The usage response still includes the available count; omitted/false preserves detailed reads.
    #[serde(
        rename = "excludeResetCreditDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exclude_reset_credit_details: ::std::option::Option<bool>,
    ///The client supports automatic Luna Reserve fallback. For eligible ChatGPT CLI users, allow the backend to record experiment exposure after ordinary usage is blocked.
    #[serde(
        rename = "supportsLunaReserve",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub supports_luna_reserve: ::std::option::Option<bool>,
}
///`GetAccountRateLimitsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GetAccountRateLimitsResponse {
    ///Account associated with this usage snapshot, when supplied by the backend.
    #[serde(
        rename = "accountId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    ///Backend permission for ordinary included usage, validated against the active account. Null means unavailable; clients must not infer recovery from percentages or reset times.
    #[serde(
        rename = "ordinaryUsageAllowed",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ordinary_usage_allowed: ::std::option::Option<bool>,
    #[serde(
        rename = "rateLimitResetCredits",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rate_limit_reset_credits: ::std::option::Option<RateLimitResetCreditsSummary>,
    ///Optional backend-owned banner from the same usage read. Its nested keys retain the backend's snake_case contract; an absent banner leaves the client's existing UI unchanged.
    #[serde(
        rename = "rateLimitUpsell",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rate_limit_upsell: ::std::option::Option<::serde_json::Value>,
    ///Backward-compatible single-bucket view; mirrors the historical payload.
    #[serde(rename = "rateLimits")]
    pub rate_limits: RateLimitSnapshot,
    ///Multi-bucket view keyed by metered `limit_id` (for example, `codex`).
    #[serde(
        rename = "rateLimitsByLimitId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rate_limits_by_limit_id: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, RateLimitSnapshot>,
    >,
}
///`GetAccountResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GetAccountResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub account: ::std::option::Option<Account>,
    #[serde(rename = "requiresOpenaiAuth")]
    pub requires_openai_auth: bool,
    ///ChatGPT user ID belonging to this account response, when available.
    #[serde(rename = "userId", skip_serializing_if = "::std::option::Option::is_none")]
    pub user_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "workspaceRouting",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub workspace_routing: ::std::option::Option<WorkspaceRouting>,
}
///Optional security reminder bound to the account that fetched it. Unavailable or ineligible accounts return no notice; this read never changes account security.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GetAccountSecuritySetupResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub notice: ::std::option::Option<AccountSecuritySetupNotice>,
}
///`GetAccountTokenUsageParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GetAccountTokenUsageParams {
    ///When present, read estimated usage for this thread instead of account-wide token activity.
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///`GetAccountTokenUsageResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GetAccountTokenUsageResponse {
    #[serde(
        rename = "dailyUsageBuckets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub daily_usage_buckets: ::std::option::Option<
        ::std::vec::Vec<AccountTokenUsageDailyBucket>,
    >,
    pub summary: AccountTokenUsageSummary,
    ///Estimated usage when a thread was requested and its billing route is available.
    #[serde(
        rename = "threadUsage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thread_usage: ::std::option::Option<ThreadUsage>,
}
///`GetWorkspaceMessagesResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GetWorkspaceMessagesResponse {
    ///Whether the workspace-message backend route is available for this client.
    #[serde(rename = "featureEnabled")]
    pub feature_enabled: bool,
    ///Active workspace messages returned by the backend.
    pub messages: ::std::vec::Vec<WorkspaceMessage>,
}
///`GitInfo`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GitInfo {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub branch: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "originUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_url: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sha: ::std::option::Option<::std::string::String>,
}
///`GrantedPermissionProfile`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct GrantedPermissionProfile {
    #[serde(
        rename = "fileSystem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_system: ::std::option::Option<AdditionalFileSystemPermissions>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub network: ::std::option::Option<AdditionalNetworkPermissions>,
}
///[UNSTABLE] Temporary approval auto-review payload used by `item/autoApprovalReview/*` notifications. This shape is expected to change soon.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GuardianApprovalReview {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub rationale: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "riskLevel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub risk_level: ::std::option::Option<GuardianRiskLevel>,
    pub status: GuardianApprovalReviewStatus,
    #[serde(
        rename = "userAuthorization",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub user_authorization: ::std::option::Option<GuardianUserAuthorization>,
}
///`GuardianApprovalReviewAction`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum GuardianApprovalReviewAction {
    ///CommandGuardianApprovalReviewAction
    #[serde(rename = "command")]
    Command {
        command: ::std::string::String,
        cwd: LegacyAppPathString,
        source: GuardianCommandSource,
    },
    ///ExecveGuardianApprovalReviewAction
    #[serde(rename = "execve")]
    Execve {
        argv: ::std::vec::Vec<::std::string::String>,
        cwd: AbsolutePathBuf,
        program: ::std::string::String,
        source: GuardianCommandSource,
    },
    /**WriteStdinGuardianApprovalReviewAction

A child approval for input to an existing command execution item.*/
    #[serde(rename = "writeStdin")]
    WriteStdin {
        #[serde(rename = "approvalId")]
        approval_id: ::std::string::String,
        cwd: LegacyAppPathString,
        #[serde(rename = "processId")]
        process_id: ::std::string::String,
        stdin: ::std::string::String,
    },
    ///ApplyPatchGuardianApprovalReviewAction
    #[serde(rename = "applyPatch")]
    ApplyPatch { cwd: LegacyAppPathString, files: ::std::vec::Vec<LegacyAppPathString> },
    ///NetworkAccessGuardianApprovalReviewAction
    #[serde(rename = "networkAccess")]
    NetworkAccess {
        host: ::std::string::String,
        port: u16,
        protocol: NetworkApprovalProtocol,
        target: ::std::string::String,
    },
    ///McpToolCallGuardianApprovalReviewAction
    #[serde(rename = "mcpToolCall")]
    McpToolCall {
        #[serde(
            rename = "connectorId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        connector_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "connectorName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        connector_name: ::std::option::Option<::std::string::String>,
        server: ::std::string::String,
        #[serde(rename = "toolName")]
        tool_name: ::std::string::String,
        #[serde(
            rename = "toolTitle",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        tool_title: ::std::option::Option<::std::string::String>,
    },
    ///RequestPermissionsGuardianApprovalReviewAction
    #[serde(rename = "requestPermissions")]
    RequestPermissions {
        permissions: RequestPermissionProfile,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        reason: ::std::option::Option<::std::string::String>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///[UNSTABLE] Lifecycle state for an approval auto-review.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum GuardianApprovalReviewStatus {
    #[serde(rename = "inProgress")]
    InProgress,
    #[serde(rename = "approved")]
    Approved,
    #[serde(rename = "denied")]
    Denied,
    #[serde(rename = "timedOut")]
    TimedOut,
    #[serde(rename = "aborted")]
    Aborted,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///Final allow/deny outcome returned by the guardian reviewer.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum GuardianAssessmentOutcome {
    #[serde(rename = "allow")]
    Allow,
    #[serde(rename = "deny")]
    Deny,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`GuardianCommandSource`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum GuardianCommandSource {
    #[serde(rename = "shell")]
    Shell,
    #[serde(rename = "unifiedExec")]
    UnifiedExec,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///[UNSTABLE] Risk level assigned by approval auto-review.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum GuardianRiskLevel {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "high")]
    High,
    #[serde(rename = "critical")]
    Critical,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///[UNSTABLE] Authorization level assigned by approval auto-review.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum GuardianUserAuthorization {
    #[serde(rename = "unknown")]
    Unknown,
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "high")]
    High,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`GuardianWarningNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct GuardianWarningNotification {
    ///Concise guardian warning message for the user.
    pub message: ::std::string::String,
    ///Thread target for the guardian warning.
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`HookCompletedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct HookCompletedNotification {
    pub run: HookRunSummary,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId", skip_serializing_if = "::std::option::Option::is_none")]
    pub turn_id: ::std::option::Option<::std::string::String>,
}
///`HookErrorInfo`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct HookErrorInfo {
    pub message: ::std::string::String,
    pub path: ::std::string::String,
}
///`HookEventName`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum HookEventName {
    #[serde(rename = "preModelRequest")]
    PreModelRequest,
    #[serde(rename = "postModelRequest")]
    PostModelRequest,
    #[serde(rename = "preToolUse")]
    PreToolUse,
    #[serde(rename = "permissionRequest")]
    PermissionRequest,
    #[serde(rename = "postToolUse")]
    PostToolUse,
    #[serde(rename = "preCompact")]
    PreCompact,
    #[serde(rename = "postCompact")]
    PostCompact,
    #[serde(rename = "sessionStart")]
    SessionStart,
    #[serde(rename = "sessionEnd")]
    SessionEnd,
    #[serde(rename = "userPromptSubmit")]
    UserPromptSubmit,
    #[serde(rename = "subagentStart")]
    SubagentStart,
    #[serde(rename = "subagentStop")]
    SubagentStop,
    #[serde(rename = "stop")]
    Stop,
    #[serde(rename = "interrupt")]
    Interrupt,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`HookExecutionMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum HookExecutionMode {
    #[serde(rename = "sync")]
    Sync,
    #[serde(rename = "async")]
    Async,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`HookHandlerType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum HookHandlerType {
    #[serde(rename = "command")]
    Command,
    #[serde(rename = "mcpTool")]
    McpTool,
    #[serde(rename = "prompt")]
    Prompt,
    #[serde(rename = "agent")]
    Agent,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`HookMetadata`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "handlerType")]
#[non_exhaustive]
pub enum HookMetadata {
    #[serde(rename = "command")]
    Command {
        ///Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
        #[serde(
            rename = "additionalContextLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        additional_context_limit: ::std::option::Option<u32>,
        #[serde(rename = "async", default)]
        async_: bool,
        command: ::std::string::String,
        #[serde(rename = "currentHash")]
        current_hash: ::std::string::String,
        #[serde(rename = "displayOrder")]
        display_order: i64,
        enabled: bool,
        ///The owning execution environment, if this hook came from its requirements.
        #[serde(
            rename = "environmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        environment_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "eventName")]
        event_name: HookEventName,
        #[serde(rename = "isManaged")]
        is_managed: bool,
        key: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        matcher: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "pluginId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        plugin_id: ::std::option::Option<::std::string::String>,
        source: HookSource,
        #[serde(rename = "sourcePath")]
        source_path: AbsolutePathBuf,
        #[serde(
            rename = "statusMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        status_message: ::std::option::Option<::std::string::String>,
        #[serde(rename = "timeoutSec")]
        timeout_sec: u64,
        #[serde(rename = "trustStatus")]
        trust_status: HookTrustStatus,
    },
    #[serde(rename = "mcpTool")]
    McpTool {
        ///Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
        #[serde(
            rename = "additionalContextLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        additional_context_limit: ::std::option::Option<u32>,
        #[serde(rename = "currentHash")]
        current_hash: ::std::string::String,
        #[serde(rename = "displayOrder")]
        display_order: i64,
        enabled: bool,
        ///The owning execution environment, if this hook came from its requirements.
        #[serde(
            rename = "environmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        environment_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "eventName")]
        event_name: HookEventName,
        #[serde(rename = "isManaged")]
        is_managed: bool,
        key: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        matcher: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "pluginId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        plugin_id: ::std::option::Option<::std::string::String>,
        server: ::std::string::String,
        source: HookSource,
        #[serde(rename = "sourcePath")]
        source_path: AbsolutePathBuf,
        #[serde(
            rename = "statusMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        status_message: ::std::option::Option<::std::string::String>,
        #[serde(rename = "timeoutSec")]
        timeout_sec: u64,
        tool: ::std::string::String,
        #[serde(rename = "trustStatus")]
        trust_status: HookTrustStatus,
    },
    ///PromptHookMetadata
    #[serde(rename = "prompt")]
    Prompt {
        ///Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
        #[serde(
            rename = "additionalContextLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        additional_context_limit: ::std::option::Option<u32>,
        #[serde(rename = "currentHash")]
        current_hash: ::std::string::String,
        #[serde(rename = "displayOrder")]
        display_order: i64,
        enabled: bool,
        ///The owning execution environment, if this hook came from its requirements.
        #[serde(
            rename = "environmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        environment_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "eventName")]
        event_name: HookEventName,
        #[serde(rename = "isManaged")]
        is_managed: bool,
        key: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        matcher: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "pluginId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        plugin_id: ::std::option::Option<::std::string::String>,
        source: HookSource,
        #[serde(rename = "sourcePath")]
        source_path: AbsolutePathBuf,
        #[serde(
            rename = "statusMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        status_message: ::std::option::Option<::std::string::String>,
        #[serde(rename = "timeoutSec")]
        timeout_sec: u64,
        #[serde(rename = "trustStatus")]
        trust_status: HookTrustStatus,
    },
    ///AgentHookMetadata
    #[serde(rename = "agent")]
    Agent {
        ///Configured `additionalContext` spill threshold. `null` uses 2,500 tokens; `0` disables spilling.
        #[serde(
            rename = "additionalContextLimit",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        additional_context_limit: ::std::option::Option<u32>,
        #[serde(rename = "currentHash")]
        current_hash: ::std::string::String,
        #[serde(rename = "displayOrder")]
        display_order: i64,
        enabled: bool,
        ///The owning execution environment, if this hook came from its requirements.
        #[serde(
            rename = "environmentId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        environment_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "eventName")]
        event_name: HookEventName,
        #[serde(rename = "isManaged")]
        is_managed: bool,
        key: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        matcher: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "pluginId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        plugin_id: ::std::option::Option<::std::string::String>,
        source: HookSource,
        #[serde(rename = "sourcePath")]
        source_path: AbsolutePathBuf,
        #[serde(
            rename = "statusMessage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        status_message: ::std::option::Option<::std::string::String>,
        #[serde(rename = "timeoutSec")]
        timeout_sec: u64,
        #[serde(rename = "trustStatus")]
        trust_status: HookTrustStatus,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`HookMigration`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct HookMigration {
    pub name: ::std::string::String,
}
///`HookOutputEntry`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct HookOutputEntry {
    pub kind: HookOutputEntryKind,
    pub text: ::std::string::String,
}
///`HookOutputEntryKind`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum HookOutputEntryKind {
    #[serde(rename = "warning")]
    Warning,
    #[serde(rename = "stop")]
    Stop,
    #[serde(rename = "feedback")]
    Feedback,
    #[serde(rename = "context")]
    Context,
    #[serde(rename = "error")]
    Error,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`HookPromptFragment`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct HookPromptFragment {
    #[serde(rename = "hookRunId")]
    pub hook_run_id: ::std::string::String,
    pub text: ::std::string::String,
}
///`HookRunStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum HookRunStatus {
    #[serde(rename = "running")]
    Running,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "blocked")]
    Blocked,
    #[serde(rename = "stopped")]
    Stopped,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`HookRunSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct HookRunSummary {
    #[serde(
        rename = "completedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub completed_at: ::std::option::Option<i64>,
    #[serde(rename = "displayOrder")]
    pub display_order: i64,
    #[serde(
        rename = "durationMs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duration_ms: ::std::option::Option<i64>,
    pub entries: ::std::vec::Vec<HookOutputEntry>,
    #[serde(rename = "eventName")]
    pub event_name: HookEventName,
    #[serde(rename = "executionMode")]
    pub execution_mode: HookExecutionMode,
    #[serde(rename = "handlerType")]
    pub handler_type: HookHandlerType,
    pub id: ::std::string::String,
    pub scope: HookScope,
    #[serde(default = "defaults::hook_run_summary_source")]
    pub source: HookSource,
    #[serde(rename = "sourcePath")]
    pub source_path: LegacyAppPathString,
    #[serde(rename = "startedAt")]
    pub started_at: i64,
    pub status: HookRunStatus,
    #[serde(
        rename = "statusMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub status_message: ::std::option::Option<::std::string::String>,
}
///`HookScope`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum HookScope {
    #[serde(rename = "thread")]
    Thread,
    #[serde(rename = "turn")]
    Turn,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`HookSource`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum HookSource {
    #[serde(rename = "system")]
    System,
    #[serde(rename = "user")]
    User,
    #[serde(rename = "project")]
    Project,
    #[serde(rename = "mdm")]
    Mdm,
    #[serde(rename = "sessionFlags")]
    SessionFlags,
    #[serde(rename = "plugin")]
    Plugin,
    #[serde(rename = "cloudRequirements")]
    CloudRequirements,
    #[serde(rename = "cloudManagedConfig")]
    CloudManagedConfig,
    #[serde(rename = "legacyManagedConfigFile")]
    LegacyManagedConfigFile,
    #[serde(rename = "legacyManagedConfigMdm")]
    LegacyManagedConfigMdm,
    #[serde(rename = "unknown")]
    Unknown,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`HookStartedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct HookStartedNotification {
    pub run: HookRunSummary,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId", skip_serializing_if = "::std::option::Option::is_none")]
    pub turn_id: ::std::option::Option<::std::string::String>,
}
///`HookTrustStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum HookTrustStatus {
    #[serde(rename = "managed")]
    Managed,
    #[serde(rename = "untrusted")]
    Untrusted,
    #[serde(rename = "trusted")]
    Trusted,
    #[serde(rename = "modified")]
    Modified,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`HooksListEntry`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct HooksListEntry {
    pub cwd: ::std::string::String,
    pub errors: ::std::vec::Vec<HookErrorInfo>,
    pub hooks: ::std::vec::Vec<HookMetadata>,
    pub warnings: ::std::vec::Vec<::std::string::String>,
}
///`HooksListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct HooksListParams {
    ///Working directories to inspect when no thread is specified. An empty list uses the session cwd.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub cwds: ::std::vec::Vec<::std::string::String>,
    ///List a loaded thread's hooks, including its selected environments. Omit `cwds` in this mode.
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///`HooksListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct HooksListResponse {
    pub data: ::std::vec::Vec<HooksListEntry>,
}
///`ImageDetail`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ImageDetail {
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "high")]
    High,
    #[serde(rename = "original")]
    Original,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ImageGenerationFailure`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ImageGenerationFailure {
    ///UsageLimitExceededImageGenerationFailure
    #[serde(rename = "usageLimitExceeded")]
    UsageLimitExceeded {
        #[serde(rename = "limitId")]
        limit_id: ::std::string::String,
        #[serde(
            rename = "resetsAt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        resets_at: ::std::option::Option<i64>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///A local image file successfully read for this exact image-generation request.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ImageGenerationInputImage {
    pub path: AbsolutePathBuf,
    ///Lowercase SHA-256 of the file bytes read before image normalization.
    pub sha256: ::std::string::String,
}
///`InAppBrowserRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct InAppBrowserRequirements {
    #[serde(
        rename = "allowExternalBrowserSettingsImport",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_external_browser_settings_import: ::std::option::Option<bool>,
}
///Client-declared capabilities negotiated during initialize.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct InitializeCapabilities {
    ///Opt into receiving experimental API methods and fields.
    #[serde(rename = "experimentalApi", default)]
    pub experimental_api: bool,
    ///Use explicit gateway OAuth login instead of automatic browser authorization. Applies to this app-server's gateway runtime; later connections cannot undo it.
    #[serde(
        rename = "explicitGatewayOauth",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub explicit_gateway_oauth: ::std::option::Option<bool>,
    ///MCP extension settings declared by the app-server client.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extensions: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    /**Legacy opt-in for the `openai/form` MCP extension.

New clients should declare `openai/form` in [`Self::extensions`].*/
    #[serde(
        rename = "mcpServerOpenaiFormElicitation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mcp_server_openai_form_elicitation: ::std::option::Option<bool>,
    ///Exact notification method names that should be suppressed for this connection (for example `thread/started`).
    #[serde(
        rename = "optOutNotificationMethods",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opt_out_notification_methods: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    ///Opt into `attestation/generate` requests for upstream `x-oai-attestation`.
    #[serde(rename = "requestAttestation", default)]
    pub request_attestation: bool,
    ///Present `humanCommand` approvals to a person and return only a one-time decision. Requires `experimentalApi`. Pending requests can be replayed to compatible clients.
    #[serde(
        rename = "requiredHumanApproval",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub required_human_approval: ::std::option::Option<bool>,
}
///`InitializeParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct InitializeParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub capabilities: ::std::option::Option<InitializeCapabilities>,
    #[serde(rename = "clientInfo")]
    pub client_info: ClientInfo,
}
///`InitializeResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct InitializeResponse {
    ///Absolute path to the server's $CODEX_HOME directory.
    #[serde(rename = "codexHome")]
    pub codex_home: AbsolutePathBuf,
    ///Platform family for the running app-server target, for example `"unix"` or `"windows"`.
    #[serde(rename = "platformFamily")]
    pub platform_family: ::std::string::String,
    ///Operating system for the running app-server target, for example `"macos"`, `"linux"`, or `"windows"`.
    #[serde(rename = "platformOs")]
    pub platform_os: ::std::string::String,
    #[serde(rename = "userAgent")]
    pub user_agent: ::std::string::String,
}
///Canonical user-input modality tags advertised by a model.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum InputModality {
    ///Plain text turns and tool payloads.
    #[serde(rename = "text")]
    Text,
    ///Image attachments included in user turns.
    #[serde(rename = "image")]
    Image,
    ///Audio attachments included in user turns.
    #[serde(rename = "audio")]
    Audio,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///Installed connector runtime state.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct InstalledApp {
    ///Whether the connector is enabled and has a non-synthetic, model-visible tool allowed by effective MCP and app/tool policy in the committed runtime snapshot.
    pub callable: bool,
    ///Effective enabled state after applying global, workspace, local, and managed configuration at read time.
    pub enabled: bool,
    pub id: ::std::string::String,
    ///Best-effort name carried by the runtime tool catalog. Canonical app metadata remains owned by `app/read`.
    #[serde(
        rename = "runtimeName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_name: ::std::option::Option<::std::string::String>,
}
/**Internal Responses API passthrough metadata copied into underlying chat messages.

Responses API strongly types this payload. Do not modify it without first getting API approval and making the corresponding Responses API change.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct InternalChatMessageMetadataPassthrough {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub turn_id: ::std::option::Option<::std::string::String>,
}
///`ItemCompletedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ItemCompletedNotification {
    ///Unix timestamp (in milliseconds) when this item lifecycle completed.
    #[serde(rename = "completedAtMs")]
    pub completed_at_ms: i64,
    ///Native content tokens for the completed assistant message, including a sampled footer. Null when unavailable. Completion telemetry is not part of the stored thread item.
    #[serde(
        rename = "contentTokenCount",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub content_token_count: ::std::option::Option<u64>,
    pub item: ThreadItem,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///[UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ItemGuardianApprovalReviewCompletedNotification {
    pub action: GuardianApprovalReviewAction,
    ///Unix timestamp (in milliseconds) when this review completed.
    #[serde(rename = "completedAtMs")]
    pub completed_at_ms: i64,
    #[serde(rename = "decisionSource")]
    pub decision_source: AutoReviewDecisionSource,
    pub review: GuardianApprovalReview,
    ///Stable identifier for this review.
    #[serde(rename = "reviewId")]
    pub review_id: ::std::string::String,
    ///Unix timestamp (in milliseconds) when this review started.
    #[serde(rename = "startedAtMs")]
    pub started_at_ms: i64,
    /**Identifier for the reviewed item or tool call when one exists.

In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item

A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.*/
    #[serde(
        rename = "targetItemId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_item_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///[UNSTABLE] Temporary notification payload for approval auto-review. This shape is expected to change soon.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ItemGuardianApprovalReviewStartedNotification {
    pub action: GuardianApprovalReviewAction,
    pub review: GuardianApprovalReview,
    ///Stable identifier for this review.
    #[serde(rename = "reviewId")]
    pub review_id: ::std::string::String,
    ///Unix timestamp (in milliseconds) when this review started.
    #[serde(rename = "startedAtMs")]
    pub started_at_ms: i64,
    /**Identifier for the reviewed item or tool call when one exists.

In most cases, one review maps to one target item. The exceptions are - execve reviews, where a single command may contain multiple execve calls to review (only possible when using the shell_zsh_fork feature) - stdin reviews, which refer to the existing parent command item and have a separate approval ID in the action payload - network policy reviews, where there is no target item

A network call is triggered by a CommandExecution item, so having a target_item_id set to the CommandExecution item would be misleading because the review is about the network call, not the command execution. Therefore, target_item_id is set to None for network policy reviews.*/
    #[serde(
        rename = "targetItemId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub target_item_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`ItemStartedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ItemStartedNotification {
    pub item: ThreadItem,
    ///Unix timestamp (in milliseconds) when this item lifecycle started.
    #[serde(rename = "startedAtMs")]
    pub started_at_ms: i64,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`LegacyAppPathString`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct LegacyAppPathString(pub ::std::string::String);
impl ::std::ops::Deref for LegacyAppPathString {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<LegacyAppPathString> for ::std::string::String {
    fn from(value: LegacyAppPathString) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for LegacyAppPathString {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for LegacyAppPathString {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for LegacyAppPathString {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///`ListMcpServerStatusParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ListMcpServerStatusParams {
    ///Opaque pagination cursor returned by a previous call.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///Controls how much MCP inventory data to fetch for each server. Defaults to `Full` when omitted.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub detail: ::std::option::Option<McpServerStatusDetail>,
    ///Optional page size; defaults to a server-defined value.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    ///Limit discovery to one server. With a thread ID, reuse that thread's MCP connection.
    #[serde(
        rename = "serverName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub server_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///`ListMcpServerStatusResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ListMcpServerStatusResponse {
    pub data: ::std::vec::Vec<McpServerStatus>,
    ///Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`LocalShellAction`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum LocalShellAction {
    ///ExecLocalShellAction
    #[serde(rename = "exec")]
    Exec {
        command: ::std::vec::Vec<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        env: ::std::option::Option<
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        timeout_ms: ::std::option::Option<u64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        user: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        working_directory: ::std::option::Option<::std::string::String>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`LocalShellStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum LocalShellStatus {
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "in_progress")]
    InProgress,
    #[serde(rename = "incomplete")]
    Incomplete,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`LoginAccountParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum LoginAccountParams {
    ///ApiKeyv2::LoginAccountParams
    #[serde(rename = "apiKey")]
    ApiKey { #[serde(rename = "apiKey")] api_key: ::std::string::String },
    ///Chatgptv2::LoginAccountParams
    #[serde(rename = "chatgpt")]
    Chatgpt {
        #[serde(
            rename = "appBrand",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        app_brand: ::std::option::Option<LoginAppBrand>,
        #[serde(
            rename = "codexStreamlinedLogin",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        codex_streamlined_login: ::std::option::Option<bool>,
        #[serde(
            rename = "useHostedLoginSuccessPage",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        use_hosted_login_success_page: ::std::option::Option<bool>,
    },
    #[serde(rename = "chatgptDeviceCode")]
    ChatgptDeviceCode,
    /**ChatgptAuthTokensv2::LoginAccountParams

[UNSTABLE] FOR OPENAI INTERNAL USE ONLY - DO NOT USE. The access token must contain the same scopes that Codex-managed ChatGPT auth tokens have.*/
    #[serde(rename = "chatgptAuthTokens")]
    ChatgptAuthTokens {
        ///Access token (JWT) supplied by the client. This token is used for backend API requests and email extraction.
        #[serde(rename = "accessToken")]
        access_token: ::std::string::String,
        ///Workspace/account identifier supplied by the client.
        #[serde(rename = "chatgptAccountId")]
        chatgpt_account_id: ::std::string::String,
        /**Optional plan type supplied by the client.

When `null`, Codex attempts to derive the plan type from access-token claims. If unavailable, the plan defaults to `unknown`.*/
        #[serde(
            rename = "chatgptPlanType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        chatgpt_plan_type: ::std::option::Option<::std::string::String>,
    },
    /**AmazonBedrockv2::LoginAccountParams

[UNSTABLE] Managed Amazon Bedrock login is experimental.*/
    #[serde(rename = "amazonBedrock")]
    AmazonBedrock {
        #[serde(rename = "apiKey")]
        api_key: ::std::string::String,
        region: ::std::string::String,
    },
    /**AmazonBedrockAccessKeysv2::LoginAccountParams

[UNSTABLE] Managed Amazon Bedrock AWS access key login is experimental.*/
    #[serde(rename = "amazonBedrockAccessKeys")]
    AmazonBedrockAccessKeys {
        #[serde(rename = "accessKeyId")]
        access_key_id: ::std::string::String,
        region: ::std::string::String,
        #[serde(rename = "secretAccessKey")]
        secret_access_key: ::std::string::String,
        #[serde(
            rename = "sessionToken",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        session_token: ::std::option::Option<::std::string::String>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`LoginAccountResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum LoginAccountResponse {
    #[serde(rename = "apiKey")]
    ApiKey,
    ///Chatgptv2::LoginAccountResponse
    #[serde(rename = "chatgpt")]
    Chatgpt {
        ///URL the client should open in a browser to initiate the OAuth flow.
        #[serde(rename = "authUrl")]
        auth_url: ::std::string::String,
        #[serde(rename = "loginId")]
        login_id: ::std::string::String,
    },
    ///ChatgptDeviceCodev2::LoginAccountResponse
    #[serde(rename = "chatgptDeviceCode")]
    ChatgptDeviceCode {
        #[serde(rename = "loginId")]
        login_id: ::std::string::String,
        ///One-time code the user must enter after signing in.
        #[serde(rename = "userCode")]
        user_code: ::std::string::String,
        ///URL the client should open in a browser to complete device code authorization.
        #[serde(rename = "verificationUrl")]
        verification_url: ::std::string::String,
    },
    #[serde(rename = "chatgptAuthTokens")]
    ChatgptAuthTokens,
    #[serde(rename = "amazonBedrock")]
    AmazonBedrock,
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`LoginAppBrand`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum LoginAppBrand {
    #[serde(rename = "codex")]
    Codex,
    #[serde(rename = "chatgpt")]
    Chatgpt,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`LogoutAccountResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct LogoutAccountResponse {}
///`ManagedHooksRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ManagedHooksRequirements {
    #[serde(
        rename = "Interrupt",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub interrupt: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(
        rename = "managedDir",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub managed_dir: ::std::option::Option<::std::string::String>,
    #[serde(rename = "PermissionRequest")]
    pub permission_request: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(rename = "PostCompact")]
    pub post_compact: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(
        rename = "PostModelRequest",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub post_model_request: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(rename = "PostToolUse")]
    pub post_tool_use: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(rename = "PreCompact")]
    pub pre_compact: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(
        rename = "PreModelRequest",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub pre_model_request: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(rename = "PreToolUse")]
    pub pre_tool_use: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(
        rename = "SessionEnd",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub session_end: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(rename = "SessionStart")]
    pub session_start: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(rename = "Stop")]
    pub stop: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(rename = "SubagentStart")]
    pub subagent_start: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(rename = "SubagentStop")]
    pub subagent_stop: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(rename = "UserPromptSubmit")]
    pub user_prompt_submit: ::std::vec::Vec<ConfiguredHookMatcherGroup>,
    #[serde(
        rename = "windowsManagedDir",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub windows_managed_dir: ::std::option::Option<::std::string::String>,
}
///`MarketplaceAddParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MarketplaceAddParams {
    #[serde(rename = "refName", skip_serializing_if = "::std::option::Option::is_none")]
    pub ref_name: ::std::option::Option<::std::string::String>,
    pub source: ::std::string::String,
    #[serde(
        rename = "sparsePaths",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sparse_paths: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
///`MarketplaceAddResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MarketplaceAddResponse {
    #[serde(rename = "alreadyAdded")]
    pub already_added: bool,
    #[serde(rename = "installedRoot")]
    pub installed_root: AbsolutePathBuf,
    #[serde(rename = "marketplaceName")]
    pub marketplace_name: ::std::string::String,
}
///`MarketplaceInterface`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MarketplaceInterface {
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
}
///`MarketplaceLoadErrorInfo`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MarketplaceLoadErrorInfo {
    #[serde(rename = "marketplacePath")]
    pub marketplace_path: AbsolutePathBuf,
    pub message: ::std::string::String,
}
///`MarketplaceRemoveParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MarketplaceRemoveParams {
    #[serde(rename = "marketplaceName")]
    pub marketplace_name: ::std::string::String,
}
///`MarketplaceRemoveResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MarketplaceRemoveResponse {
    #[serde(
        rename = "installedRoot",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub installed_root: ::std::option::Option<AbsolutePathBuf>,
    #[serde(rename = "marketplaceName")]
    pub marketplace_name: ::std::string::String,
}
///`MarketplaceUpgradeErrorInfo`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MarketplaceUpgradeErrorInfo {
    #[serde(rename = "marketplaceName")]
    pub marketplace_name: ::std::string::String,
    pub message: ::std::string::String,
}
///`MarketplaceUpgradeParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MarketplaceUpgradeParams {
    #[serde(
        rename = "marketplaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub marketplace_name: ::std::option::Option<::std::string::String>,
}
///`MarketplaceUpgradeResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MarketplaceUpgradeResponse {
    pub errors: ::std::vec::Vec<MarketplaceUpgradeErrorInfo>,
    #[serde(rename = "selectedMarketplaces")]
    pub selected_marketplaces: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "upgradedRoots")]
    pub upgraded_roots: ::std::vec::Vec<AbsolutePathBuf>,
}
///`McpAppDisplayMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpAppDisplayMode {
    #[serde(rename = "inline")]
    Inline,
    #[serde(rename = "fullscreen")]
    Fullscreen,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///UI resource and display preference for model invocations, captured from the tool descriptor.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpAppUi {
    #[serde(rename = "preferredModelDisplayMode")]
    pub preferred_model_display_mode: McpAppDisplayMode,
    #[serde(rename = "resourceUri")]
    pub resource_uri: ::std::string::String,
}
///`McpAuthStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpAuthStatus {
    #[serde(rename = "unknown")]
    Unknown,
    #[serde(rename = "unsupported")]
    Unsupported,
    #[serde(rename = "notLoggedIn")]
    NotLoggedIn,
    #[serde(rename = "bearerToken")]
    BearerToken,
    #[serde(rename = "oAuth")]
    OAuth,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpElicitationArrayType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpElicitationArrayType {
    #[serde(rename = "array")]
    Array,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpElicitationBooleanSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationBooleanSchema {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: McpElicitationBooleanType,
}
///`McpElicitationBooleanType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpElicitationBooleanType {
    #[serde(rename = "boolean")]
    Boolean,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpElicitationConstOption`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationConstOption {
    #[serde(rename = "const")]
    pub const_: ::std::string::String,
    pub title: ::std::string::String,
}
///`McpElicitationEnumSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum McpElicitationEnumSchema {
    SingleSelectEnumSchema(McpElicitationSingleSelectEnumSchema),
    MultiSelectEnumSchema(McpElicitationMultiSelectEnumSchema),
    LegacyTitledEnumSchema(McpElicitationLegacyTitledEnumSchema),
}
impl ::std::convert::From<McpElicitationSingleSelectEnumSchema>
for McpElicitationEnumSchema {
    fn from(value: McpElicitationSingleSelectEnumSchema) -> Self {
        Self::SingleSelectEnumSchema(value)
    }
}
impl ::std::convert::From<McpElicitationMultiSelectEnumSchema>
for McpElicitationEnumSchema {
    fn from(value: McpElicitationMultiSelectEnumSchema) -> Self {
        Self::MultiSelectEnumSchema(value)
    }
}
impl ::std::convert::From<McpElicitationLegacyTitledEnumSchema>
for McpElicitationEnumSchema {
    fn from(value: McpElicitationLegacyTitledEnumSchema) -> Self {
        Self::LegacyTitledEnumSchema(value)
    }
}
///`McpElicitationLegacyTitledEnumSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationLegacyTitledEnumSchema {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "enum")]
    pub enum_: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "enumNames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub enum_names: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: McpElicitationStringType,
}
///`McpElicitationMultiSelectEnumSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum McpElicitationMultiSelectEnumSchema {
    UntitledMultiSelectEnumSchema(McpElicitationUntitledMultiSelectEnumSchema),
    TitledMultiSelectEnumSchema(McpElicitationTitledMultiSelectEnumSchema),
}
impl ::std::convert::From<McpElicitationUntitledMultiSelectEnumSchema>
for McpElicitationMultiSelectEnumSchema {
    fn from(value: McpElicitationUntitledMultiSelectEnumSchema) -> Self {
        Self::UntitledMultiSelectEnumSchema(value)
    }
}
impl ::std::convert::From<McpElicitationTitledMultiSelectEnumSchema>
for McpElicitationMultiSelectEnumSchema {
    fn from(value: McpElicitationTitledMultiSelectEnumSchema) -> Self {
        Self::TitledMultiSelectEnumSchema(value)
    }
}
///`McpElicitationNumberSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationNumberSchema {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub maximum: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub minimum: ::std::option::Option<f64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: McpElicitationNumberType,
}
///`McpElicitationNumberType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpElicitationNumberType {
    #[serde(rename = "number")]
    Number,
    #[serde(rename = "integer")]
    Integer,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpElicitationObjectType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpElicitationObjectType {
    #[serde(rename = "object")]
    Object,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpElicitationPrimitiveSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum McpElicitationPrimitiveSchema {
    EnumSchema(McpElicitationEnumSchema),
    StringSchema(McpElicitationStringSchema),
    NumberSchema(McpElicitationNumberSchema),
    BooleanSchema(McpElicitationBooleanSchema),
}
impl ::std::convert::From<McpElicitationEnumSchema> for McpElicitationPrimitiveSchema {
    fn from(value: McpElicitationEnumSchema) -> Self {
        Self::EnumSchema(value)
    }
}
impl ::std::convert::From<McpElicitationStringSchema> for McpElicitationPrimitiveSchema {
    fn from(value: McpElicitationStringSchema) -> Self {
        Self::StringSchema(value)
    }
}
impl ::std::convert::From<McpElicitationNumberSchema> for McpElicitationPrimitiveSchema {
    fn from(value: McpElicitationNumberSchema) -> Self {
        Self::NumberSchema(value)
    }
}
impl ::std::convert::From<McpElicitationBooleanSchema>
for McpElicitationPrimitiveSchema {
    fn from(value: McpElicitationBooleanSchema) -> Self {
        Self::BooleanSchema(value)
    }
}
/**Typed form schema for MCP `elicitation/create` requests.

This matches the `requestedSchema` shape from the MCP 2025-11-25 `ElicitRequestFormParams` schema.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationSchema {
    pub properties: ::std::collections::HashMap<
        ::std::string::String,
        McpElicitationPrimitiveSchema,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub required: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "$schema", skip_serializing_if = "::std::option::Option::is_none")]
    pub schema: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: McpElicitationObjectType,
}
///`McpElicitationSingleSelectEnumSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum McpElicitationSingleSelectEnumSchema {
    UntitledSingleSelectEnumSchema(McpElicitationUntitledSingleSelectEnumSchema),
    TitledSingleSelectEnumSchema(McpElicitationTitledSingleSelectEnumSchema),
}
impl ::std::convert::From<McpElicitationUntitledSingleSelectEnumSchema>
for McpElicitationSingleSelectEnumSchema {
    fn from(value: McpElicitationUntitledSingleSelectEnumSchema) -> Self {
        Self::UntitledSingleSelectEnumSchema(value)
    }
}
impl ::std::convert::From<McpElicitationTitledSingleSelectEnumSchema>
for McpElicitationSingleSelectEnumSchema {
    fn from(value: McpElicitationTitledSingleSelectEnumSchema) -> Self {
        Self::TitledSingleSelectEnumSchema(value)
    }
}
///`McpElicitationStringFormat`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpElicitationStringFormat {
    #[serde(rename = "email")]
    Email,
    #[serde(rename = "uri")]
    Uri,
    #[serde(rename = "date")]
    Date,
    #[serde(rename = "date-time")]
    DateTime,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpElicitationStringSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationStringSchema {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub format: ::std::option::Option<McpElicitationStringFormat>,
    #[serde(
        rename = "maxLength",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_length: ::std::option::Option<u32>,
    #[serde(
        rename = "minLength",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_length: ::std::option::Option<u32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: McpElicitationStringType,
}
///`McpElicitationStringType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpElicitationStringType {
    #[serde(rename = "string")]
    String,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpElicitationTitledEnumItems`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationTitledEnumItems {
    #[serde(rename = "anyOf")]
    pub any_of: ::std::vec::Vec<McpElicitationConstOption>,
}
///`McpElicitationTitledMultiSelectEnumSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationTitledMultiSelectEnumSchema {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    pub items: McpElicitationTitledEnumItems,
    #[serde(rename = "maxItems", skip_serializing_if = "::std::option::Option::is_none")]
    pub max_items: ::std::option::Option<u64>,
    #[serde(rename = "minItems", skip_serializing_if = "::std::option::Option::is_none")]
    pub min_items: ::std::option::Option<u64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: McpElicitationArrayType,
}
///`McpElicitationTitledSingleSelectEnumSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationTitledSingleSelectEnumSchema {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "oneOf")]
    pub one_of: ::std::vec::Vec<McpElicitationConstOption>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: McpElicitationStringType,
}
///`McpElicitationUntitledEnumItems`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationUntitledEnumItems {
    #[serde(rename = "enum")]
    pub enum_: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: McpElicitationStringType,
}
///`McpElicitationUntitledMultiSelectEnumSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationUntitledMultiSelectEnumSchema {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    pub items: McpElicitationUntitledEnumItems,
    #[serde(rename = "maxItems", skip_serializing_if = "::std::option::Option::is_none")]
    pub max_items: ::std::option::Option<u64>,
    #[serde(rename = "minItems", skip_serializing_if = "::std::option::Option::is_none")]
    pub min_items: ::std::option::Option<u64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: McpElicitationArrayType,
}
///`McpElicitationUntitledSingleSelectEnumSchema`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpElicitationUntitledSingleSelectEnumSchema {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub default: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "enum")]
    pub enum_: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: McpElicitationStringType,
}
///`McpResourceReadParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpResourceReadParams {
    #[serde(
        rename = "connectorId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub connector_id: ::std::option::Option<::std::string::String>,
    ///Additional MCP request metadata. Account and turn routing keys are reserved.
    #[serde(rename = "_meta", skip_serializing_if = "::std::option::Option::is_none")]
    pub meta: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    ///Originating MCP tool call used to select the resource's app.
    #[serde(
        rename = "originCallId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_call_id: ::std::option::Option<::std::string::String>,
    pub server: ::std::string::String,
    ///Explicit hosted app/account. Omit to retain legacy resource discovery.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub target: ::std::option::Option<McpResourceReadTarget>,
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
    pub uri: ::std::string::String,
}
///`McpResourceReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpResourceReadResponse {
    pub contents: ::std::vec::Vec<ResourceContent>,
    ///Originating call when the server applied app-specific resource scoping.
    #[serde(
        rename = "originCallId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_call_id: ::std::option::Option<::std::string::String>,
}
///`McpResourceReadTarget`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpResourceReadTarget {
    #[serde(rename = "connectorId")]
    pub connector_id: ::std::string::String,
    ///Null explicitly requests no-auth access, subject to the app's resource policy.
    #[serde(rename = "linkId", deserialize_with = "::std::option::Option::deserialize")]
    pub link_id: ::std::option::Option<::std::string::String>,
}
///`McpServerConnectionStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpServerConnectionStatus {
    #[serde(rename = "notStarted")]
    NotStarted,
    #[serde(rename = "starting")]
    Starting,
    #[serde(rename = "connected")]
    Connected,
    #[serde(rename = "authenticationRequired")]
    AuthenticationRequired,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "cancelled")]
    Cancelled,
    #[serde(rename = "disabled")]
    Disabled,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpServerElicitationAction`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpServerElicitationAction {
    #[serde(rename = "accept")]
    Accept,
    #[serde(rename = "decline")]
    Decline,
    #[serde(rename = "cancel")]
    Cancel,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpServerElicitationRequestParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "mode")]
#[non_exhaustive]
pub enum McpServerElicitationRequestParams {
    ///A device-authenticated approval; accepted responses contain the proof in `content`.
    #[serde(rename = "openai/userVerification")]
    OpenaiXuserVerification {
        challenge: ::std::string::String,
        description: ::std::string::String,
        #[serde(
            rename = "_meta",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        meta: ::std::option::Option<::serde_json::Value>,
        #[serde(rename = "serverName")]
        server_name: ::std::string::String,
        #[serde(rename = "threadId")]
        thread_id: ::std::string::String,
        title: ::std::string::String,
        /**Active Codex turn when this elicitation was observed, if app-server could correlate one.

This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.*/
        #[serde(
            rename = "turnId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        turn_id: ::std::option::Option<::std::string::String>,
    },
    #[serde(rename = "form")]
    Form {
        message: ::std::string::String,
        #[serde(
            rename = "_meta",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        meta: ::std::option::Option<::serde_json::Value>,
        #[serde(rename = "requestedSchema")]
        requested_schema: McpElicitationSchema,
        #[serde(rename = "serverName")]
        server_name: ::std::string::String,
        #[serde(rename = "threadId")]
        thread_id: ::std::string::String,
        /**Active Codex turn when this elicitation was observed, if app-server could correlate one.

This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.*/
        #[serde(
            rename = "turnId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        turn_id: ::std::option::Option<::std::string::String>,
    },
    #[serde(rename = "openai/form")]
    OpenaiXform {
        message: ::std::string::String,
        #[serde(
            rename = "_meta",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        meta: ::std::option::Option<::serde_json::Value>,
        #[serde(rename = "requestedSchema")]
        requested_schema: ::serde_json::Value,
        #[serde(rename = "serverName")]
        server_name: ::std::string::String,
        #[serde(rename = "threadId")]
        thread_id: ::std::string::String,
        /**Active Codex turn when this elicitation was observed, if app-server could correlate one.

This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.*/
        #[serde(
            rename = "turnId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        turn_id: ::std::option::Option<::std::string::String>,
    },
    #[serde(rename = "openaiForm")]
    OpenaiForm {
        message: ::std::string::String,
        #[serde(
            rename = "_meta",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        meta: ::std::option::Option<::serde_json::Value>,
        #[serde(rename = "requestedSchema")]
        requested_schema: ::serde_json::Value,
        #[serde(rename = "serverName")]
        server_name: ::std::string::String,
        #[serde(rename = "threadId")]
        thread_id: ::std::string::String,
        /**Active Codex turn when this elicitation was observed, if app-server could correlate one.

This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.*/
        #[serde(
            rename = "turnId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        turn_id: ::std::option::Option<::std::string::String>,
    },
    #[serde(rename = "url")]
    Url {
        #[serde(rename = "elicitationId")]
        elicitation_id: ::std::string::String,
        message: ::std::string::String,
        #[serde(
            rename = "_meta",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        meta: ::std::option::Option<::serde_json::Value>,
        #[serde(rename = "serverName")]
        server_name: ::std::string::String,
        #[serde(rename = "threadId")]
        thread_id: ::std::string::String,
        /**Active Codex turn when this elicitation was observed, if app-server could correlate one.

This is nullable because MCP models elicitation as a standalone server-to-client request identified by the MCP server request id. It may be triggered during a turn, but turn context is app-server correlation rather than part of the protocol identity of the elicitation itself.*/
        #[serde(
            rename = "turnId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        turn_id: ::std::option::Option<::std::string::String>,
        url: ::std::string::String,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`McpServerElicitationRequestResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerElicitationRequestResponse {
    pub action: McpServerElicitationAction,
    /**Structured user input for accepted elicitations, mirroring RMCP `CreateElicitationResult`.

This is nullable because decline/cancel responses have no content.*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub content: ::std::option::Option<::serde_json::Value>,
    ///Optional client metadata for form-mode action handling.
    #[serde(rename = "_meta", skip_serializing_if = "::std::option::Option::is_none")]
    pub meta: ::std::option::Option<::serde_json::Value>,
}
///`McpServerEventNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerEventNotification {
    pub method: ::std::string::String,
    pub params: ::serde_json::Value,
}
///`McpServerEventStreamNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerEventStreamNotification {
    pub notification: McpServerEventNotification,
    #[serde(rename = "subscriptionId")]
    pub subscription_id: ::std::string::String,
}
///`McpServerEventStreamStartParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerEventStreamStartParams {
    pub arguments: ::serde_json::Value,
    #[serde(rename = "_meta", skip_serializing_if = "::std::option::Option::is_none")]
    pub meta: ::std::option::Option<::serde_json::Value>,
    pub name: ::std::string::String,
    pub server: ::std::string::String,
    #[serde(rename = "subscriptionId")]
    pub subscription_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`McpServerEventStreamStartResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpServerEventStreamStartResponse {}
///`McpServerEventStreamStopParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerEventStreamStopParams {
    #[serde(rename = "subscriptionId")]
    pub subscription_id: ::std::string::String,
}
///`McpServerEventStreamStopResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpServerEventStreamStopResponse {}
///Presentation metadata advertised by an initialized MCP server.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerInfo {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub icons: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    pub version: ::std::string::String,
    #[serde(
        rename = "websiteUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub website_url: ::std::option::Option<::std::string::String>,
}
///`McpServerMigration`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerMigration {
    pub name: ::std::string::String,
}
///`McpServerOauthClientRegistration`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpServerOauthClientRegistration {
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "cimd")]
    Cimd,
    #[serde(rename = "dcr")]
    Dcr,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpServerOauthLoginCompletedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerOauthLoginCompletedNotification {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    ///Identifies the explicit login attempt. Older servers omit this field.
    #[serde(rename = "loginId", skip_serializing_if = "::std::option::Option::is_none")]
    pub login_id: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    pub success: bool,
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///`McpServerOauthLoginParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerOauthLoginParams {
    ///Registration strategy for this login only; omission selects automatic discovery.
    #[serde(
        rename = "clientRegistration",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_registration: ::std::option::Option<McpServerOauthClientRegistration>,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scopes: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "timeoutSecs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout_secs: ::std::option::Option<i64>,
}
///`McpServerOauthLoginResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerOauthLoginResponse {
    #[serde(rename = "authorizationUrl")]
    pub authorization_url: ::std::string::String,
    ///Identifies this login attempt across the response and completion notification. Older servers omit this field; current servers always return it.
    #[serde(rename = "loginId", skip_serializing_if = "::std::option::Option::is_none")]
    pub login_id: ::std::option::Option<::std::string::String>,
}
///`McpServerRefreshResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct McpServerRefreshResponse {}
///`McpServerStartupFailureReason`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpServerStartupFailureReason {
    #[serde(rename = "reauthenticationRequired")]
    ReauthenticationRequired,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpServerStartupState`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpServerStartupState {
    #[serde(rename = "starting")]
    Starting,
    #[serde(rename = "ready")]
    Ready,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "cancelled")]
    Cancelled,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpServerStatus`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerStatus {
    #[serde(rename = "authStatus")]
    pub auth_status: McpAuthStatus,
    ///HTTP origin of the effective configured endpoint, including plugin servers. Excludes credentials, path, query, and fragment; null for non-HTTP transports.
    #[serde(
        rename = "httpOrigin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub http_origin: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    #[serde(rename = "pluginId", skip_serializing_if = "::std::option::Option::is_none")]
    pub plugin_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "resourceTemplates")]
    pub resource_templates: ::std::vec::Vec<ResourceTemplate>,
    pub resources: ::std::vec::Vec<Resource>,
    ///Current thread-runtime connection state; null when unavailable or the configuration changed.
    #[serde(
        rename = "runtimeStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_status: ::std::option::Option<McpServerConnectionStatus>,
    ///Capabilities advertised by the initialized MCP server; null when unavailable.
    #[serde(
        rename = "serverCapabilities",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub server_capabilities: ::std::option::Option<::serde_json::Value>,
    #[serde(
        rename = "serverInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub server_info: ::std::option::Option<McpServerInfo>,
    ///Opaque `_meta` from the first page of the corresponding MCP tool catalog. Null when unavailable.
    #[serde(
        rename = "toolListMeta",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tool_list_meta: ::std::option::Option<::serde_json::Value>,
    pub tools: ::std::collections::HashMap<::std::string::String, Tool>,
    ///Tool discovery failed and no catalog was returned. Null when a catalog is returned, including cached or empty catalogs.
    #[serde(
        rename = "toolsError",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tools_error: ::std::option::Option<::std::string::String>,
}
///`McpServerStatusDetail`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpServerStatusDetail {
    #[serde(rename = "full")]
    Full,
    #[serde(rename = "toolsAndAuthOnly")]
    ToolsAndAuthOnly,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`McpServerStatusUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerStatusUpdatedNotification {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "failureReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub failure_reason: ::std::option::Option<McpServerStartupFailureReason>,
    pub name: ::std::string::String,
    pub status: McpServerStartupState,
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///`McpServerToolCallParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerToolCallParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub arguments: ::std::option::Option<::serde_json::Value>,
    #[serde(rename = "_meta", skip_serializing_if = "::std::option::Option::is_none")]
    pub meta: ::std::option::Option<::serde_json::Value>,
    pub server: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    pub tool: ::std::string::String,
}
///`McpServerToolCallResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpServerToolCallResponse {
    pub content: ::std::vec::Vec<::serde_json::Value>,
    #[serde(rename = "isError", skip_serializing_if = "::std::option::Option::is_none")]
    pub is_error: ::std::option::Option<bool>,
    #[serde(rename = "_meta", skip_serializing_if = "::std::option::Option::is_none")]
    pub meta: ::std::option::Option<::serde_json::Value>,
    #[serde(
        rename = "structuredContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub structured_content: ::std::option::Option<::serde_json::Value>,
}
///`McpToolCallAppContext`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpToolCallAppContext {
    #[serde(
        rename = "actionName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub action_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "appName", skip_serializing_if = "::std::option::Option::is_none")]
    pub app_name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "connectorId")]
    pub connector_id: ::std::string::String,
    #[serde(rename = "linkId", skip_serializing_if = "::std::option::Option::is_none")]
    pub link_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "resourceUri",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resource_uri: ::std::option::Option<::std::string::String>,
}
///`McpToolCallError`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpToolCallError {
    pub message: ::std::string::String,
}
///`McpToolCallProgressNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpToolCallProgressNotification {
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    pub message: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`McpToolCallResult`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct McpToolCallResult {
    pub content: ::std::vec::Vec<::serde_json::Value>,
    #[serde(rename = "_meta", skip_serializing_if = "::std::option::Option::is_none")]
    pub meta: ::std::option::Option<::serde_json::Value>,
    #[serde(
        rename = "structuredContent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub structured_content: ::std::option::Option<::serde_json::Value>,
}
///`McpToolCallStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum McpToolCallStatus {
    #[serde(rename = "inProgress")]
    InProgress,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "failed")]
    Failed,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`MemoryCitation`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MemoryCitation {
    pub entries: ::std::vec::Vec<MemoryCitationEntry>,
    #[serde(rename = "threadIds")]
    pub thread_ids: ::std::vec::Vec<::std::string::String>,
}
///`MemoryCitationEntry`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MemoryCitationEntry {
    #[serde(rename = "lineEnd")]
    pub line_end: u32,
    #[serde(rename = "lineStart")]
    pub line_start: u32,
    pub note: ::std::string::String,
    pub path: ::std::string::String,
}
///`MemoryResetResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MemoryResetResponse {}
///`MemoryStatusParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MemoryStatusParams {
    ///Required distinct consolidated threads. Defaults to 20; supported range is 1..=4096.
    #[serde(
        rename = "minConsolidatedThreads",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_consolidated_threads: ::std::option::Option<u32>,
}
///`MemoryStatusResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MemoryStatusResponse {
    #[serde(rename = "v2ConsolidatedThreads")]
    pub v2_consolidated_threads: u32,
    #[serde(rename = "v2Ready")]
    pub v2_ready: bool,
}
///`MergeStrategy`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum MergeStrategy {
    #[serde(rename = "replace")]
    Replace,
    #[serde(rename = "upsert")]
    Upsert,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
/**Classifies assistant text as commentary, a partial answer, or a terminal answer.

Providers do not emit this consistently, so callers must treat `None` as "phase unknown" and keep compatibility behavior for legacy models.*/
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum MessagePhase {
    /**Mid-turn assistant text (for example preamble/progress narration).

Additional tool calls or assistant output may follow before turn completion.*/
    #[serde(rename = "commentary")]
    Commentary,
    ///Stable answer text that may be followed by more assistant output or tools.
    #[serde(rename = "partial_answer")]
    PartialAnswer,
    ///The assistant's declared terminal answer text for the current turn.
    #[serde(rename = "final_answer")]
    FinalAnswer,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`MigrationDetails`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MigrationDetails {
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub commands: ::std::vec::Vec<CommandMigration>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub hooks: ::std::vec::Vec<HookMigration>,
    #[serde(
        rename = "mcpServers",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub mcp_servers: ::std::vec::Vec<McpServerMigration>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub memory: ::std::vec::Vec<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub plugins: ::std::vec::Vec<PluginsMigration>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub sessions: ::std::vec::Vec<SessionMigration>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub skills: ::std::vec::Vec<SkillMigration>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub subagents: ::std::vec::Vec<SubagentMigration>,
}
///`MisalignmentErrorDetails`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MisalignmentErrorDetails {
    ///A substantive localized explanation is required before offering continuation.
    #[serde(
        rename = "detailedExplanation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub detailed_explanation: ::std::option::Option<::std::string::String>,
    ///Open-ended classification; clients must accept categories added by Responses.
    #[serde(
        rename = "errorType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub error_type: ::std::option::Option<::std::string::String>,
    ///Opaque server-issued block target. Presence alone does not enable target-based continuation.
    #[serde(
        rename = "reviewTarget",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub review_target: ::std::option::Option<::std::string::String>,
    ///Instruction to submit as the next turn's user input if continuation is confirmed.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub steer: ::std::option::Option<MisalignmentSteer>,
}
///`MisalignmentSteer`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct MisalignmentSteer {
    pub message: ::std::string::String,
}
///`MockExperimentalMethodParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MockExperimentalMethodParams {
    ///Test-only payload field.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub value: ::std::option::Option<::std::string::String>,
}
///`MockExperimentalMethodResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct MockExperimentalMethodResponse {
    ///Echoes the input `value`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub echoed: ::std::option::Option<::std::string::String>,
}
///Initial collaboration mode to use when the TUI starts.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ModeKind {
    #[serde(rename = "plan")]
    Plan,
    #[serde(rename = "default")]
    Default,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`Model`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Model {
    ///Deprecated: use `serviceTiers` instead.
    #[serde(
        rename = "additionalSpeedTiers",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub additional_speed_tiers: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "availabilityNux",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub availability_nux: ::std::option::Option<ModelAvailabilityNux>,
    ///Null when the catalog does not provide access-program metadata.
    #[serde(
        rename = "availableAccessPrograms",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_access_programs: ::std::option::Option<ModelAccessPrograms>,
    #[serde(rename = "defaultReasoningEffort")]
    pub default_reasoning_effort: ReasoningEffort,
    ///Catalog default service tier id for this model, when one is configured.
    #[serde(
        rename = "defaultServiceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_service_tier: ::std::option::Option<::std::string::String>,
    pub description: ::std::string::String,
    #[serde(rename = "displayName")]
    pub display_name: ::std::string::String,
    pub hidden: bool,
    pub id: ::std::string::String,
    #[serde(rename = "inputModalities", default = "defaults::model_input_modalities")]
    pub input_modalities: ::std::vec::Vec<InputModality>,
    #[serde(rename = "isDefault")]
    pub is_default: bool,
    pub model: ::std::string::String,
    #[serde(
        rename = "modelSpecialty",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_specialty: ::std::option::Option<::std::string::String>,
    ///Multi-agent runtime declared by this model, when available.
    #[serde(
        rename = "multiAgentVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_agent_version: ::std::option::Option<MultiAgentVersion>,
    #[serde(
        rename = "serviceTiers",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub service_tiers: ::std::vec::Vec<ModelServiceTier>,
    #[serde(rename = "supportedReasoningEfforts")]
    pub supported_reasoning_efforts: ::std::vec::Vec<ReasoningEffortOption>,
    ///@deprecated Always false; models no longer support personality selection.
    #[serde(rename = "supportsPersonality", default)]
    pub supports_personality: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub upgrade: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "upgradeInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub upgrade_info: ::std::option::Option<ModelUpgradeInfo>,
}
///Caller-specific explicit access programs advertised by model discovery.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelAccessPrograms {
    ///Accepted explicit selections.
    pub cyber: ::std::vec::Vec<CyberAccessProgram>,
}
///`ModelAvailabilityNux`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelAvailabilityNux {
    pub message: ::std::string::String,
}
///`ModelListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ModelListParams {
    ///Opaque pagination cursor returned by a previous call.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///When true, include models that are hidden from the default picker list.
    #[serde(
        rename = "includeHidden",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_hidden: ::std::option::Option<bool>,
    ///Optional page size; defaults to a reasonable server-side value.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    ///List models for this configured provider instead of the app-server default.
    #[serde(
        rename = "modelProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_provider: ::std::option::Option<::std::string::String>,
}
///`ModelListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelListResponse {
    pub data: ::std::vec::Vec<Model>,
    ///Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`ModelProviderCapabilitiesReadParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ModelProviderCapabilitiesReadParams {}
///`ModelProviderCapabilitiesReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelProviderCapabilitiesReadResponse {
    #[serde(rename = "imageGeneration")]
    pub image_generation: bool,
    #[serde(rename = "webSearch")]
    pub web_search: bool,
}
///`ModelProviderConfigWriteParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelProviderConfigWriteParams {
    pub settings: ProviderSettingsPatch,
}
///`ModelProviderConfigWriteResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelProviderConfigWriteResponse {
    pub provider: ModelProviderSummary,
}
///Structured JSON-RPC error data. Unknown errors must retain the client's normal fallback.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ModelProviderError {
    ///ModelProviderMismatchv2::ModelProviderError
    #[serde(rename = "modelProviderMismatch")]
    ModelProviderMismatch {
        #[serde(rename = "currentModelProvider")]
        current_model_provider: ::std::string::String,
        #[serde(rename = "modelProvider")]
        model_provider: ::std::string::String,
    },
    ///ModelProviderNotConfiguredv2::ModelProviderError
    #[serde(rename = "modelProviderNotConfigured")]
    ModelProviderNotConfigured {
        #[serde(rename = "modelProvider")]
        model_provider: ::std::string::String,
    },
    ///ModelProviderPolicyConflictv2::ModelProviderError
    #[serde(rename = "modelProviderPolicyConflict")]
    ModelProviderPolicyConflict {
        #[serde(rename = "modelProvider")]
        model_provider: ::std::string::String,
        #[serde(rename = "requiredModelProvider")]
        required_model_provider: ::std::string::String,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`ModelProviderListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ModelProviderListParams {}
///`ModelProviderListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelProviderListResponse {
    #[serde(rename = "canChangeDefault")]
    pub can_change_default: bool,
    pub data: ::std::vec::Vec<ModelProviderSummary>,
    #[serde(rename = "defaultProviderId")]
    pub default_provider_id: ::std::string::String,
}
///`ModelProviderSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelProviderSummary {
    ///Null when the endpoint is absent or cannot be safely displayed.
    #[serde(rename = "baseUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub base_url: ::std::option::Option<::std::string::String>,
    ///Whether a supported configuration field can be edited in the active user layer.
    #[serde(rename = "canEdit")]
    pub can_edit: bool,
    pub id: ::std::string::String,
    pub name: ::std::string::String,
    pub settings: ProviderSettings,
}
///`ModelRerouteReason`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ModelRerouteReason {
    #[serde(rename = "highRiskCyberActivity")]
    HighRiskCyberActivity,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ModelReroutedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelReroutedNotification {
    #[serde(rename = "fromModel")]
    pub from_model: ::std::string::String,
    pub reason: ModelRerouteReason,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "toModel")]
    pub to_model: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`ModelSafetyBufferingUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelSafetyBufferingUpdatedNotification {
    #[serde(
        rename = "fasterModel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub faster_model: ::std::option::Option<::std::string::String>,
    pub model: ::std::string::String,
    pub reasons: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "showBufferingUi")]
    pub show_buffering_ui: bool,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
    #[serde(rename = "useCases")]
    pub use_cases: ::std::vec::Vec<::std::string::String>,
}
///`ModelServiceTier`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelServiceTier {
    pub description: ::std::string::String,
    pub id: ::std::string::String,
    pub name: ::std::string::String,
}
///`ModelUpgradeInfo`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelUpgradeInfo {
    #[serde(
        rename = "migrationMarkdown",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub migration_markdown: ::std::option::Option<::std::string::String>,
    pub model: ::std::string::String,
    #[serde(
        rename = "modelLink",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_link: ::std::option::Option<::std::string::String>,
    ///Informational Unix timestamp for this upgrade's scheduled retirement, if known.
    #[serde(
        rename = "retirementAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub retirement_at: ::std::option::Option<i64>,
    #[serde(
        rename = "upgradeCopy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub upgrade_copy: ::std::option::Option<::std::string::String>,
}
///`ModelVerification`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ModelVerification {
    #[serde(rename = "trustedAccessForCyber")]
    TrustedAccessForCyber,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ModelVerificationNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ModelVerificationNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
    pub verifications: ::std::vec::Vec<ModelVerification>,
}
///`ModelsRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ModelsRequirements {
    #[serde(
        rename = "newThread",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub new_thread: ::std::option::Option<NewThreadModelDefaults>,
}
///Controls the effective multi-agent delegation instructions for a turn. `custom` means the configured mode hint defines the policy instead of a built-in policy.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[non_exhaustive]
pub enum MultiAgentMode {
    #[serde(rename = "explicitRequestOnly")]
    ExplicitRequestOnly,
    #[serde(rename = "proactive")]
    Proactive,
    #[serde(rename = "custom")]
    Custom(::std::string::String),
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///Multi-agent runtime supported by a model.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum MultiAgentVersion {
    #[serde(rename = "disabled")]
    Disabled,
    #[serde(rename = "v1")]
    V1,
    #[serde(rename = "v2")]
    V2,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`NetworkAccess`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum NetworkAccess {
    #[serde(rename = "restricted")]
    Restricted,
    #[serde(rename = "enabled")]
    Enabled,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`NetworkApprovalContext`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct NetworkApprovalContext {
    pub host: ::std::string::String,
    pub protocol: NetworkApprovalProtocol,
}
///`NetworkApprovalProtocol`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum NetworkApprovalProtocol {
    #[serde(rename = "http")]
    Http,
    #[serde(rename = "https")]
    Https,
    #[serde(rename = "socks5Tcp")]
    Socks5Tcp,
    #[serde(rename = "socks5Udp")]
    Socks5Udp,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`NetworkDomainPermission`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum NetworkDomainPermission {
    #[serde(rename = "allow")]
    Allow,
    #[serde(rename = "deny")]
    Deny,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`NetworkPolicyAmendment`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct NetworkPolicyAmendment {
    pub action: NetworkPolicyRuleAction,
    pub host: ::std::string::String,
}
///`NetworkPolicyRuleAction`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum NetworkPolicyRuleAction {
    #[serde(rename = "allow")]
    Allow,
    #[serde(rename = "deny")]
    Deny,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`NetworkRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct NetworkRequirements {
    #[serde(
        rename = "allowLocalBinding",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_local_binding: ::std::option::Option<bool>,
    ///Legacy compatibility view derived from `unix_sockets`.
    #[serde(
        rename = "allowUnixSockets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_unix_sockets: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    #[serde(
        rename = "allowUpstreamProxy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_upstream_proxy: ::std::option::Option<bool>,
    ///Legacy compatibility view derived from `domains`.
    #[serde(
        rename = "allowedDomains",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allowed_domains: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "dangerouslyAllowAllUnixSockets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dangerously_allow_all_unix_sockets: ::std::option::Option<bool>,
    #[serde(
        rename = "dangerouslyAllowNonLoopbackProxy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dangerously_allow_non_loopback_proxy: ::std::option::Option<bool>,
    ///Legacy compatibility view derived from `domains`.
    #[serde(
        rename = "deniedDomains",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub denied_domains: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ///Canonical managed network permission map.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub domains: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, NetworkDomainPermission>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub enabled: ::std::option::Option<bool>,
    #[serde(rename = "httpPort", skip_serializing_if = "::std::option::Option::is_none")]
    pub http_port: ::std::option::Option<u16>,
    ///When true, only managed allowlist entries are respected while managed network enforcement is active.
    #[serde(
        rename = "managedAllowedDomainsOnly",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub managed_allowed_domains_only: ::std::option::Option<bool>,
    ///Host patterns routed to network approval before ordinary allow rules.
    #[serde(
        rename = "reviewDomains",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub review_domains: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "socksPort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub socks_port: ::std::option::Option<u16>,
    ///Canonical managed unix socket permission map.
    #[serde(
        rename = "unixSockets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unix_sockets: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, NetworkUnixSocketPermission>,
    >,
}
///`NetworkUnixSocketPermission`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum NetworkUnixSocketPermission {
    #[serde(rename = "allow")]
    Allow,
    #[serde(rename = "deny")]
    Deny,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`NewThreadModelDefaults`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct NewThreadModelDefaults {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "modelReasoningEffort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_reasoning_effort: ::std::option::Option<ReasoningEffort>,
    #[serde(
        rename = "serviceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier: ::std::option::Option<::std::string::String>,
}
///`NonSteerableTurnKind`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum NonSteerableTurnKind {
    #[serde(rename = "review")]
    Review,
    #[serde(rename = "compact")]
    Compact,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`NullableGatewayOAuthLoginParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(transparent)]
pub struct NullableGatewayOAuthLoginParams(
    pub ::std::option::Option<GatewayOAuthLoginParams>,
);
impl ::std::ops::Deref for NullableGatewayOAuthLoginParams {
    type Target = ::std::option::Option<GatewayOAuthLoginParams>;
    fn deref(&self) -> &::std::option::Option<GatewayOAuthLoginParams> {
        &self.0
    }
}
impl ::std::convert::From<NullableGatewayOAuthLoginParams>
for ::std::option::Option<GatewayOAuthLoginParams> {
    fn from(value: NullableGatewayOAuthLoginParams) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<GatewayOAuthLoginParams>>
for NullableGatewayOAuthLoginParams {
    fn from(value: ::std::option::Option<GatewayOAuthLoginParams>) -> Self {
        Self(value)
    }
}
///`NullableGatewayOAuthReadParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(transparent)]
pub struct NullableGatewayOAuthReadParams(
    pub ::std::option::Option<GatewayOAuthReadParams>,
);
impl ::std::ops::Deref for NullableGatewayOAuthReadParams {
    type Target = ::std::option::Option<GatewayOAuthReadParams>;
    fn deref(&self) -> &::std::option::Option<GatewayOAuthReadParams> {
        &self.0
    }
}
impl ::std::convert::From<NullableGatewayOAuthReadParams>
for ::std::option::Option<GatewayOAuthReadParams> {
    fn from(value: NullableGatewayOAuthReadParams) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<GatewayOAuthReadParams>>
for NullableGatewayOAuthReadParams {
    fn from(value: ::std::option::Option<GatewayOAuthReadParams>) -> Self {
        Self(value)
    }
}
///`NullableGetAccountRateLimitsParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(transparent)]
pub struct NullableGetAccountRateLimitsParams(
    pub ::std::option::Option<GetAccountRateLimitsParams>,
);
impl ::std::ops::Deref for NullableGetAccountRateLimitsParams {
    type Target = ::std::option::Option<GetAccountRateLimitsParams>;
    fn deref(&self) -> &::std::option::Option<GetAccountRateLimitsParams> {
        &self.0
    }
}
impl ::std::convert::From<NullableGetAccountRateLimitsParams>
for ::std::option::Option<GetAccountRateLimitsParams> {
    fn from(value: NullableGetAccountRateLimitsParams) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<GetAccountRateLimitsParams>>
for NullableGetAccountRateLimitsParams {
    fn from(value: ::std::option::Option<GetAccountRateLimitsParams>) -> Self {
        Self(value)
    }
}
///`NullableGetAccountTokenUsageParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(transparent)]
pub struct NullableGetAccountTokenUsageParams(
    pub ::std::option::Option<GetAccountTokenUsageParams>,
);
impl ::std::ops::Deref for NullableGetAccountTokenUsageParams {
    type Target = ::std::option::Option<GetAccountTokenUsageParams>;
    fn deref(&self) -> &::std::option::Option<GetAccountTokenUsageParams> {
        &self.0
    }
}
impl ::std::convert::From<NullableGetAccountTokenUsageParams>
for ::std::option::Option<GetAccountTokenUsageParams> {
    fn from(value: NullableGetAccountTokenUsageParams) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<GetAccountTokenUsageParams>>
for NullableGetAccountTokenUsageParams {
    fn from(value: ::std::option::Option<GetAccountTokenUsageParams>) -> Self {
        Self(value)
    }
}
///`NullableRemoteControlDisableParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(transparent)]
pub struct NullableRemoteControlDisableParams(
    pub ::std::option::Option<RemoteControlDisableParams>,
);
impl ::std::ops::Deref for NullableRemoteControlDisableParams {
    type Target = ::std::option::Option<RemoteControlDisableParams>;
    fn deref(&self) -> &::std::option::Option<RemoteControlDisableParams> {
        &self.0
    }
}
impl ::std::convert::From<NullableRemoteControlDisableParams>
for ::std::option::Option<RemoteControlDisableParams> {
    fn from(value: NullableRemoteControlDisableParams) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<RemoteControlDisableParams>>
for NullableRemoteControlDisableParams {
    fn from(value: ::std::option::Option<RemoteControlDisableParams>) -> Self {
        Self(value)
    }
}
///`NullableRemoteControlEnableParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(transparent)]
pub struct NullableRemoteControlEnableParams(
    pub ::std::option::Option<RemoteControlEnableParams>,
);
impl ::std::ops::Deref for NullableRemoteControlEnableParams {
    type Target = ::std::option::Option<RemoteControlEnableParams>;
    fn deref(&self) -> &::std::option::Option<RemoteControlEnableParams> {
        &self.0
    }
}
impl ::std::convert::From<NullableRemoteControlEnableParams>
for ::std::option::Option<RemoteControlEnableParams> {
    fn from(value: NullableRemoteControlEnableParams) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::option::Option<RemoteControlEnableParams>>
for NullableRemoteControlEnableParams {
    fn from(value: ::std::option::Option<RemoteControlEnableParams>) -> Self {
        Self(value)
    }
}
///`OtelExporter`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[non_exhaustive]
pub enum OtelExporter {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "statsig")]
    Statsig,
    #[serde(rename = "otlp-http")]
    OtlpHttp {
        endpoint: ::std::string::String,
        ///Header names are retained; values are redacted by the server.
        headers: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        protocol: OtelHttpProtocol,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        tls: ::std::option::Option<OtelTlsConfig>,
    },
    #[serde(rename = "otlp-grpc")]
    OtlpGrpc {
        endpoint: ::std::string::String,
        ///Header names are retained; values are redacted by the server.
        headers: ::std::collections::HashMap<
            ::std::string::String,
            ::std::string::String,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        tls: ::std::option::Option<OtelTlsConfig>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`OtelHttpProtocol`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum OtelHttpProtocol {
    #[serde(rename = "binary")]
    Binary,
    #[serde(rename = "json")]
    Json,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`OtelRequirements`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct OtelRequirements {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environment: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub exporter: ::std::option::Option<OtelExporter>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub log_agent_responses: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub log_guardian_assessments: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub log_sse_deltas: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub log_user_prompt: ::std::option::Option<bool>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metrics_exporter: ::std::option::Option<OtelExporter>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub span_attributes: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tool_result: ::std::option::Option<OtelToolResultLogConfig>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub trace_exporter: ::std::option::Option<OtelExporter>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tracestate: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::collections::HashMap<::std::string::String, ::std::string::String>,
        >,
    >,
}
///`OtelTlsConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct OtelTlsConfig {
    #[serde(
        rename = "ca-certificate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ca_certificate: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "client-certificate",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_certificate: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "client-private-key",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_private_key: ::std::option::Option<::std::string::String>,
}
///`OtelToolResultLogConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct OtelToolResultLogConfig {
    pub max_bytes: u32,
}
///`OverriddenMetadata`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct OverriddenMetadata {
    #[serde(rename = "effectiveValue")]
    pub effective_value: ::serde_json::Value,
    pub message: ::std::string::String,
    #[serde(rename = "overridingLayer")]
    pub overriding_layer: ConfigLayerMetadata,
}
///`ParsedCommand`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ParsedCommand {
    ///ReadParsedCommand
    #[serde(rename = "read")]
    Read {
        cmd: ::std::string::String,
        name: ::std::string::String,
        ///(Best effort) Path to the file being read by the command. When possible, this is an absolute path, though when relative, it should be resolved against the `cwd`` that will be used to run the command to derive the absolute path.
        path: ::std::string::String,
    },
    ///ListFilesParsedCommand
    #[serde(rename = "list_files")]
    ListFiles {
        cmd: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        path: ::std::option::Option<::std::string::String>,
    },
    ///SearchParsedCommand
    #[serde(rename = "search")]
    Search {
        cmd: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        path: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        query: ::std::option::Option<::std::string::String>,
    },
    ///UnknownParsedCommand
    #[serde(rename = "unknown")]
    Unknown { cmd: ::std::string::String },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`PatchApplyStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PatchApplyStatus {
    #[serde(rename = "inProgress")]
    InProgress,
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "declined")]
    Declined,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PatchChangeKind`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum PatchChangeKind {
    #[serde(rename = "add")]
    Add,
    #[serde(rename = "delete")]
    Delete,
    ///UpdatePatchChangeKind
    #[serde(rename = "update")]
    Update {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        move_path: ::std::option::Option<::std::string::String>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`PathUri`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct PathUri(pub ::std::string::String);
impl ::std::ops::Deref for PathUri {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<PathUri> for ::std::string::String {
    fn from(value: PathUri) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for PathUri {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for PathUri {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for PathUri {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///`PermissionGrantScope`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PermissionGrantScope {
    #[serde(rename = "turn")]
    Turn,
    #[serde(rename = "session")]
    Session,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PermissionProfileListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PermissionProfileListParams {
    ///Opaque pagination cursor returned by a previous call.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///Optional working directory to resolve project config layers.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    ///Optional page size; defaults to the full result set.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
}
///`PermissionProfileListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PermissionProfileListResponse {
    pub data: ::std::vec::Vec<PermissionProfileSummary>,
    ///Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`PermissionProfileSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PermissionProfileSummary {
    ///Whether the effective requirements allow selecting this profile.
    pub allowed: bool,
    ///Optional user-facing description for display in clients.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    ///Available permission profile identifier.
    pub id: ::std::string::String,
}
///`PermissionsRequestApprovalParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PermissionsRequestApprovalParams {
    pub cwd: LegacyAppPathString,
    #[serde(
        rename = "environmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    pub permissions: RequestPermissionProfile,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    ///Unix timestamp (in milliseconds) when this approval request started.
    #[serde(rename = "startedAtMs")]
    pub started_at_ms: i64,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`PermissionsRequestApprovalResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PermissionsRequestApprovalResponse {
    pub permissions: GrantedPermissionProfile,
    #[serde(default = "defaults::permissions_request_approval_response_scope")]
    pub scope: PermissionGrantScope,
    ///Review every subsequent command in this turn before normal sandboxed execution.
    #[serde(
        rename = "strictAutoReview",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub strict_auto_review: ::std::option::Option<bool>,
}
///Deprecated: `friendly` and `pragmatic` no longer select a style.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum Personality {
    #[serde(rename = "none")]
    None,
    #[serde(rename = "friendly")]
    Friendly,
    #[serde(rename = "pragmatic")]
    Pragmatic,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///EXPERIMENTAL - proposed plan streaming deltas for plan items. Clients should not assume concatenated deltas match the completed plan item content.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PlanDeltaNotification {
    pub delta: ::std::string::String,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`PlanType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PlanType {
    #[serde(rename = "free")]
    Free,
    #[serde(rename = "go")]
    Go,
    #[serde(rename = "plus")]
    Plus,
    #[serde(rename = "pro")]
    Pro,
    #[serde(rename = "prolite")]
    Prolite,
    #[serde(rename = "promax")]
    Promax,
    #[serde(rename = "team")]
    Team,
    #[serde(rename = "self_serve_business_prolite")]
    SelfServeBusinessProlite,
    #[serde(rename = "self_serve_business_usage_based")]
    SelfServeBusinessUsageBased,
    #[serde(rename = "business")]
    Business,
    #[serde(rename = "ent26")]
    Ent26,
    #[serde(rename = "enterprise_cbp_automation")]
    EnterpriseCbpAutomation,
    #[serde(rename = "enterprise_cbp_usage_based")]
    EnterpriseCbpUsageBased,
    #[serde(rename = "enterprise")]
    Enterprise,
    #[serde(rename = "edu")]
    Edu,
    #[serde(rename = "edu_plus")]
    EduPlus,
    #[serde(rename = "edu_pro")]
    EduPro,
    #[serde(rename = "sci")]
    Sci,
    #[serde(rename = "sci_plus")]
    SciPlus,
    #[serde(rename = "unknown")]
    Unknown,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginAuthPolicy`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginAuthPolicy {
    #[serde(rename = "ON_INSTALL")]
    OnInstall,
    #[serde(rename = "ON_USE")]
    OnUse,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginAvailability`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginAvailability {
    #[serde(rename = "DISABLED_BY_ADMIN")]
    DisabledByAdmin,
    ///Plugin-service currently sends `"ENABLED"` for available remote plugins. Codex app-server exposes `"AVAILABLE"` in its API; the alias keeps decoding compatible with that upstream response.
    #[serde(rename = "AVAILABLE")]
    Available,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginDetail`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginDetail {
    #[serde(rename = "appTemplates")]
    pub app_templates: ::std::vec::Vec<AppTemplateSummary>,
    pub apps: ::std::vec::Vec<AppSummary>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    pub hooks: ::std::vec::Vec<PluginHookSummary>,
    #[serde(rename = "marketplaceName")]
    pub marketplace_name: ::std::string::String,
    #[serde(
        rename = "marketplacePath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub marketplace_path: ::std::option::Option<AbsolutePathBuf>,
    #[serde(rename = "mcpServers")]
    pub mcp_servers: ::std::vec::Vec<::std::string::String>,
    ///The declared onboarding skill, when the plugin and visible skill are enabled.
    #[serde(
        rename = "onboardingSkill",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub onboarding_skill: ::std::option::Option<SkillSummary>,
    #[serde(
        rename = "scheduledTasks",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub scheduled_tasks: ::std::option::Option<::std::vec::Vec<ScheduledTaskSummary>>,
    #[serde(rename = "shareUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub share_url: ::std::option::Option<::std::string::String>,
    pub skills: ::std::vec::Vec<SkillSummary>,
    pub summary: PluginSummary,
}
///`PluginDisabledReason`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginDisabledReason {
    #[serde(rename = "disabled_by_admin")]
    DisabledByAdmin,
    #[serde(rename = "plan_not_eligible")]
    PlanNotEligible,
    #[serde(rename = "required_app_unavailable")]
    RequiredAppUnavailable,
    #[serde(rename = "unknown")]
    Unknown,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginHookSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginHookSummary {
    #[serde(rename = "eventName")]
    pub event_name: HookEventName,
    pub key: ::std::string::String,
}
///`PluginInstallParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginInstallParams {
    ///Client-generated identifier used to correlate one installation attempt.
    #[serde(
        rename = "installAttemptId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub install_attempt_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "marketplacePath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub marketplace_path: ::std::option::Option<AbsolutePathBuf>,
    #[serde(rename = "pluginName")]
    pub plugin_name: ::std::string::String,
    #[serde(
        rename = "remoteMarketplaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_marketplace_name: ::std::option::Option<::std::string::String>,
}
///`PluginInstallPolicy`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginInstallPolicy {
    #[serde(rename = "NOT_AVAILABLE")]
    NotAvailable,
    #[serde(rename = "AVAILABLE")]
    Available,
    #[serde(rename = "INSTALLED_BY_DEFAULT")]
    InstalledByDefault,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginInstallPolicySource`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginInstallPolicySource {
    #[serde(rename = "WORKSPACE_SETTING")]
    WorkspaceSetting,
    #[serde(rename = "IMPLICIT_CANONICAL_APP")]
    ImplicitCanonicalApp,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginInstallResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginInstallResponse {
    #[serde(rename = "appsNeedingAuth")]
    pub apps_needing_auth: ::std::vec::Vec<AppSummary>,
    #[serde(rename = "authPolicy")]
    pub auth_policy: PluginAuthPolicy,
}
///`PluginInstalledParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PluginInstalledParams {
    ///Optional working directories used to discover repo marketplaces.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwds: ::std::option::Option<::std::vec::Vec<AbsolutePathBuf>>,
    ///Additional uninstalled plugin names that should be returned when present locally. This is used by mention surfaces that intentionally expose install entrypoints.
    #[serde(
        rename = "installSuggestionPluginNames",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub install_suggestion_plugin_names: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
}
///`PluginInstalledResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginInstalledResponse {
    #[serde(
        rename = "marketplaceLoadErrors",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub marketplace_load_errors: ::std::vec::Vec<MarketplaceLoadErrorInfo>,
    pub marketplaces: ::std::vec::Vec<PluginMarketplaceEntry>,
}
///`PluginInterface`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginInterface {
    #[serde(
        rename = "brandColor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub brand_color: ::std::option::Option<::std::string::String>,
    pub capabilities: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub category: ::std::option::Option<::std::string::String>,
    ///Local composer icon path, resolved from the installed plugin package.
    #[serde(
        rename = "composerIcon",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub composer_icon: ::std::option::Option<AbsolutePathBuf>,
    ///Remote composer icon URL from the plugin catalog.
    #[serde(
        rename = "composerIconUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub composer_icon_url: ::std::option::Option<::std::string::String>,
    ///Starter prompts for the plugin. Capped at 3 entries with a maximum of 512 characters per entry.
    #[serde(
        rename = "defaultPrompt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_prompt: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(
        rename = "developerName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub developer_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    ///Local logo path, resolved from the installed plugin package.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub logo: ::std::option::Option<AbsolutePathBuf>,
    ///Local dark-mode logo path, resolved from the installed plugin package.
    #[serde(rename = "logoDark", skip_serializing_if = "::std::option::Option::is_none")]
    pub logo_dark: ::std::option::Option<AbsolutePathBuf>,
    ///Remote logo URL from the plugin catalog.
    #[serde(rename = "logoUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub logo_url: ::std::option::Option<::std::string::String>,
    ///Remote dark-mode logo URL from the plugin catalog.
    #[serde(
        rename = "logoUrlDark",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub logo_url_dark: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "longDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub long_description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "privacyPolicyUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub privacy_policy_url: ::std::option::Option<::std::string::String>,
    ///Remote screenshot URLs from the plugin catalog.
    #[serde(rename = "screenshotUrls")]
    pub screenshot_urls: ::std::vec::Vec<::std::string::String>,
    ///Local screenshot paths, resolved from the installed plugin package.
    pub screenshots: ::std::vec::Vec<AbsolutePathBuf>,
    #[serde(
        rename = "shortDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub short_description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "termsOfServiceUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub terms_of_service_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "websiteUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub website_url: ::std::option::Option<::std::string::String>,
}
///`PluginListMarketplaceKind`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginListMarketplaceKind {
    #[serde(rename = "local")]
    Local,
    #[serde(rename = "vertical")]
    Vertical,
    #[serde(rename = "workspace-directory")]
    WorkspaceDirectory,
    #[serde(rename = "shared-with-me")]
    SharedWithMe,
    #[serde(rename = "created-by-me-remote")]
    CreatedByMeRemote,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PluginListParams {
    ///Optional working directories used to discover repo marketplaces. When omitted, only home-scoped marketplaces and the official curated marketplace are considered.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwds: ::std::option::Option<::std::vec::Vec<AbsolutePathBuf>>,
    ///Whether the client requests a fresh remote plugin catalog fetch.
    #[serde(
        rename = "forceRefetch",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_refetch: ::std::option::Option<bool>,
    ///Optional marketplace kind filter. When omitted, only local marketplaces are queried, plus the default remote catalog when enabled by feature flag.
    #[serde(
        rename = "marketplaceKinds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub marketplace_kinds: ::std::option::Option<
        ::std::vec::Vec<PluginListMarketplaceKind>,
    >,
}
///`PluginListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginListResponse {
    #[serde(
        rename = "featuredPluginIds",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub featured_plugin_ids: ::std::vec::Vec<::std::string::String>,
    #[serde(
        rename = "marketplaceLoadErrors",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub marketplace_load_errors: ::std::vec::Vec<MarketplaceLoadErrorInfo>,
    pub marketplaces: ::std::vec::Vec<PluginMarketplaceEntry>,
}
///`PluginMarketplaceEntry`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginMarketplaceEntry {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub interface: ::std::option::Option<MarketplaceInterface>,
    pub name: ::std::string::String,
    ///Local marketplace file path when the marketplace is backed by a local file. Remote-only catalog marketplaces do not have a local path.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub path: ::std::option::Option<AbsolutePathBuf>,
    pub plugins: ::std::vec::Vec<PluginSummary>,
}
///`PluginReadParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginReadParams {
    #[serde(
        rename = "marketplacePath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub marketplace_path: ::std::option::Option<AbsolutePathBuf>,
    #[serde(rename = "pluginName")]
    pub plugin_name: ::std::string::String,
    #[serde(
        rename = "remoteMarketplaceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_marketplace_name: ::std::option::Option<::std::string::String>,
}
///`PluginReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginReadResponse {
    pub plugin: PluginDetail,
}
///Runtime categories affected by this change, not just capabilities currently present. Flags describe declarations before runtime policy filtering. Updates OR the old and new bundle flags; enablement changes and cached reinstalls use the cached bundle; removals retain the old bundle's flags.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginReconcileChangedPlugin {
    #[serde(rename = "hasApps")]
    pub has_apps: bool,
    #[serde(rename = "hasHooks")]
    pub has_hooks: bool,
    #[serde(rename = "hasMcps")]
    pub has_mcps: bool,
    ///Whether either bundle declares skill roots; not a validated inventory of enabled skills.
    #[serde(rename = "hasSkills")]
    pub has_skills: bool,
    ///Local plugin ID (`name@marketplace`), matching `PluginSummary.id`.
    pub id: ::std::string::String,
}
///`PluginReconcileParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PluginReconcileParams {
    ///Optional client-provided reason recorded with the reconciliation attempt.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
}
///Bundle and installed-state changes observed by this pass, not a runtime-readiness acknowledgement or a cumulative diff since the client's last request. Other metadata-only changes are not listed.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginReconcileResponse {
    ///Plugins affected by bundle changes, enablement changes, or removals. Installed-state changes compare against the previous cached snapshot, including cached reinstalls. Removal hints survive cache cleanup failures; unchanged plugins are omitted.
    #[serde(rename = "changedPlugins")]
    pub changed_plugins: ::std::vec::Vec<PluginReconcileChangedPlugin>,
    ///Subset of failures for which the requested bundle could not be materialized. A previously cached version may still be available.
    #[serde(rename = "failedMaterializationRemotePluginIds")]
    pub failed_materialization_remote_plugin_ids: ::std::vec::Vec<::std::string::String>,
    ///Backend remote plugin IDs whose bundle or identity update failed.
    #[serde(rename = "failedRemotePluginIds")]
    pub failed_remote_plugin_ids: ::std::vec::Vec<::std::string::String>,
}
///`PluginSearchParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginSearchParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwds: ::std::option::Option<::std::vec::Vec<AbsolutePathBuf>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<PluginSearchScope>,
    #[serde(rename = "searchTerm")]
    pub search_term: ::std::string::String,
}
///`PluginSearchResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginSearchResponse {
    pub data: ::std::vec::Vec<PluginSearchResult>,
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`PluginSearchResult`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginSearchResult {
    #[serde(rename = "marketplaceName")]
    pub marketplace_name: ::std::string::String,
    #[serde(
        rename = "marketplacePath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub marketplace_path: ::std::option::Option<AbsolutePathBuf>,
    pub plugin: PluginSummary,
}
///`PluginSearchScope`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginSearchScope {
    #[serde(rename = "global")]
    Global,
    #[serde(rename = "workspace")]
    Workspace,
    #[serde(rename = "personal")]
    Personal,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginShareCheckoutParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginShareCheckoutParams {
    #[serde(rename = "remotePluginId")]
    pub remote_plugin_id: ::std::string::String,
}
///`PluginShareCheckoutResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginShareCheckoutResponse {
    #[serde(rename = "marketplaceName")]
    pub marketplace_name: ::std::string::String,
    #[serde(rename = "marketplacePath")]
    pub marketplace_path: AbsolutePathBuf,
    #[serde(rename = "pluginId")]
    pub plugin_id: ::std::string::String,
    #[serde(rename = "pluginName")]
    pub plugin_name: ::std::string::String,
    #[serde(rename = "pluginPath")]
    pub plugin_path: AbsolutePathBuf,
    #[serde(rename = "remotePluginId")]
    pub remote_plugin_id: ::std::string::String,
    #[serde(
        rename = "remoteVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_version: ::std::option::Option<::std::string::String>,
}
///`PluginShareContext`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginShareContext {
    #[serde(
        rename = "canPublishToWorkspace",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_publish_to_workspace: ::std::option::Option<bool>,
    #[serde(
        rename = "creatorAccountUserId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creator_account_user_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "creatorName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creator_name: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub discoverability: ::std::option::Option<PluginShareDiscoverability>,
    #[serde(rename = "remotePluginId")]
    pub remote_plugin_id: ::std::string::String,
    ///Version of the remote shared plugin release when available.
    #[serde(
        rename = "remoteVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_version: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "sharePrincipals",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_principals: ::std::option::Option<::std::vec::Vec<PluginSharePrincipal>>,
    #[serde(rename = "shareUrl", skip_serializing_if = "::std::option::Option::is_none")]
    pub share_url: ::std::option::Option<::std::string::String>,
}
///`PluginShareDeleteParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginShareDeleteParams {
    #[serde(rename = "remotePluginId")]
    pub remote_plugin_id: ::std::string::String,
}
///`PluginShareDeleteResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PluginShareDeleteResponse {}
///`PluginShareDiscoverability`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginShareDiscoverability {
    #[serde(rename = "LISTED")]
    Listed,
    #[serde(rename = "UNLISTED")]
    Unlisted,
    #[serde(rename = "PRIVATE")]
    Private,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginShareListItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginShareListItem {
    #[serde(
        rename = "localPluginPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_plugin_path: ::std::option::Option<AbsolutePathBuf>,
    pub plugin: PluginSummary,
}
///`PluginShareListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PluginShareListParams {}
///`PluginShareListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginShareListResponse {
    pub data: ::std::vec::Vec<PluginShareListItem>,
}
///`PluginSharePrincipal`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginSharePrincipal {
    pub name: ::std::string::String,
    #[serde(rename = "principalId")]
    pub principal_id: ::std::string::String,
    #[serde(rename = "principalType")]
    pub principal_type: PluginSharePrincipalType,
    pub role: PluginSharePrincipalRole,
}
///`PluginSharePrincipalRole`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginSharePrincipalRole {
    #[serde(rename = "reader")]
    Reader,
    #[serde(rename = "editor")]
    Editor,
    #[serde(rename = "owner")]
    Owner,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginSharePrincipalType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginSharePrincipalType {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "group")]
    Group,
    #[serde(rename = "workspace")]
    Workspace,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginShareSaveParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginShareSaveParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub discoverability: ::std::option::Option<PluginShareDiscoverability>,
    #[serde(rename = "pluginPath")]
    pub plugin_path: AbsolutePathBuf,
    #[serde(
        rename = "remotePluginId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_plugin_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "shareTargets",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_targets: ::std::option::Option<::std::vec::Vec<PluginShareTarget>>,
}
///`PluginShareSaveResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginShareSaveResponse {
    #[serde(
        rename = "canPublishToWorkspace",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_publish_to_workspace: ::std::option::Option<bool>,
    #[serde(rename = "remotePluginId")]
    pub remote_plugin_id: ::std::string::String,
    #[serde(rename = "shareUrl")]
    pub share_url: ::std::string::String,
}
///`PluginShareTarget`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginShareTarget {
    #[serde(rename = "principalId")]
    pub principal_id: ::std::string::String,
    #[serde(rename = "principalType")]
    pub principal_type: PluginSharePrincipalType,
    pub role: PluginShareTargetRole,
}
///`PluginShareTargetRole`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginShareTargetRole {
    #[serde(rename = "reader")]
    Reader,
    #[serde(rename = "editor")]
    Editor,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginShareUpdateDiscoverability`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum PluginShareUpdateDiscoverability {
    #[serde(rename = "UNLISTED")]
    Unlisted,
    #[serde(rename = "PRIVATE")]
    Private,
    #[serde(rename = "LISTED")]
    Listed,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`PluginShareUpdateTargetsParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginShareUpdateTargetsParams {
    pub discoverability: PluginShareUpdateDiscoverability,
    #[serde(rename = "remotePluginId")]
    pub remote_plugin_id: ::std::string::String,
    #[serde(rename = "shareTargets")]
    pub share_targets: ::std::vec::Vec<PluginShareTarget>,
}
///`PluginShareUpdateTargetsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginShareUpdateTargetsResponse {
    pub discoverability: PluginShareDiscoverability,
    pub principals: ::std::vec::Vec<PluginSharePrincipal>,
}
///`PluginSkillReadParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginSkillReadParams {
    #[serde(rename = "remoteMarketplaceName")]
    pub remote_marketplace_name: ::std::string::String,
    #[serde(rename = "remotePluginId")]
    pub remote_plugin_id: ::std::string::String,
    #[serde(rename = "skillName")]
    pub skill_name: ::std::string::String,
}
///`PluginSkillReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PluginSkillReadResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub contents: ::std::option::Option<::std::string::String>,
}
///`PluginSource`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum PluginSource {
    ///LocalPluginSource
    #[serde(rename = "local")]
    Local { path: AbsolutePathBuf },
    ///GitPluginSource
    #[serde(rename = "git")]
    Git {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        path: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "refName",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        ref_name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        sha: ::std::option::Option<::std::string::String>,
        url: ::std::string::String,
    },
    ///NpmPluginSource
    #[serde(rename = "npm")]
    Npm {
        package: ::std::string::String,
        ///Optional HTTPS registry URL. Authentication stays in the user's npm config.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        registry: ::std::option::Option<::std::string::String>,
        ///Optional npm version or version range.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        version: ::std::option::Option<::std::string::String>,
    },
    #[serde(rename = "remote")]
    Remote,
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`PluginSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginSummary {
    #[serde(rename = "authPolicy")]
    pub auth_policy: PluginAuthPolicy,
    ///Availability state for installing and using the plugin.
    #[serde(default = "defaults::plugin_summary_availability")]
    pub availability: PluginAvailability,
    ///Why the remote plugin is unavailable, when provided by plugin-service.
    #[serde(
        rename = "disabledReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disabled_reason: ::std::option::Option<PluginDisabledReason>,
    ///Raw plugin-service plan identifiers eligible to install the plugin.
    #[serde(
        rename = "eligiblePlanTypes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eligible_plan_types: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    pub enabled: bool,
    pub id: ::std::string::String,
    #[serde(rename = "installPolicy")]
    pub install_policy: PluginInstallPolicy,
    #[serde(
        rename = "installPolicySource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub install_policy_source: ::std::option::Option<PluginInstallPolicySource>,
    pub installed: bool,
    ///Unix timestamp in seconds when the remote plugin was installed, when available.
    #[serde(
        rename = "installedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub installed_at: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub interface: ::std::option::Option<PluginInterface>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub keywords: ::std::vec::Vec<::std::string::String>,
    ///Version of the locally materialized plugin package when available.
    #[serde(
        rename = "localVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_version: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "mustShowInstallationInterstitial",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub must_show_installation_interstitial: ::std::option::Option<bool>,
    pub name: ::std::string::String,
    ///Backend remote plugin identifier when available.
    #[serde(
        rename = "remotePluginId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remote_plugin_id: ::std::option::Option<::std::string::String>,
    ///Remote sharing context associated with this plugin when available.
    #[serde(
        rename = "shareContext",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub share_context: ::std::option::Option<PluginShareContext>,
    pub source: PluginSource,
    ///Version advertised by the remote marketplace backend when available.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<::std::string::String>,
}
///`PluginUninstallParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginUninstallParams {
    #[serde(rename = "pluginId")]
    pub plugin_id: ::std::string::String,
}
///`PluginUninstallResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct PluginUninstallResponse {}
///`PluginsMigration`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct PluginsMigration {
    #[serde(rename = "marketplaceName")]
    pub marketplace_name: ::std::string::String,
    #[serde(rename = "pluginNames")]
    pub plugin_names: ::std::vec::Vec<::std::string::String>,
}
///Final process exit notification for `process/spawn`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProcessExitedNotification {
    ///Process exit code.
    #[serde(rename = "exitCode")]
    pub exit_code: i32,
    ///Whether output collection hit its post-exit deadline before seeing EOF or reaching the requested byte cap on either stream. Older servers omit this field.
    #[serde(
        rename = "outputDrainTimedOut",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output_drain_timed_out: ::std::option::Option<bool>,
    ///Client-supplied, connection-scoped `processHandle` from `process/spawn`.
    #[serde(rename = "processHandle")]
    pub process_handle: ::std::string::String,
    /**Buffered stderr capture.

Empty when stderr was streamed via `process/outputDelta`.*/
    pub stderr: ::std::string::String,
    /**Whether stderr reached `outputBytesCap`.

In streaming mode, stderr is empty and cap state is also reported on the final stderr `process/outputDelta` notification.*/
    #[serde(rename = "stderrCapReached")]
    pub stderr_cap_reached: bool,
    /**Buffered stdout capture.

Empty when stdout was streamed via `process/outputDelta`.*/
    pub stdout: ::std::string::String,
    /**Whether stdout reached `outputBytesCap`.

In streaming mode, stdout is empty and cap state is also reported on the final stdout `process/outputDelta` notification.*/
    #[serde(rename = "stdoutCapReached")]
    pub stdout_cap_reached: bool,
}
///Terminate a running `process/spawn` session.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProcessKillParams {
    ///Client-supplied, connection-scoped `processHandle` from `process/spawn`.
    #[serde(rename = "processHandle")]
    pub process_handle: ::std::string::String,
}
///Empty success response for `process/kill`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ProcessKillResponse {}
///Base64-encoded output chunk emitted for a streaming `process/spawn` request.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProcessOutputDeltaNotification {
    ///True on the final streamed chunk for this stream when output was truncated by `outputBytesCap`.
    #[serde(rename = "capReached")]
    pub cap_reached: bool,
    ///Base64-encoded output bytes.
    #[serde(rename = "deltaBase64")]
    pub delta_base64: ::std::string::String,
    ///Client-supplied, connection-scoped `processHandle` from `process/spawn`.
    #[serde(rename = "processHandle")]
    pub process_handle: ::std::string::String,
    ///Output stream this chunk belongs to.
    pub stream: ProcessOutputStream,
}
///Stream label for `process/outputDelta` notifications.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ProcessOutputStream {
    ///stdout stream. PTY mode multiplexes terminal output here.
    #[serde(rename = "stdout")]
    Stdout,
    ///stderr stream.
    #[serde(rename = "stderr")]
    Stderr,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///Resize a running PTY-backed `process/spawn` session.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProcessResizePtyParams {
    ///Client-supplied, connection-scoped `processHandle` from `process/spawn`.
    #[serde(rename = "processHandle")]
    pub process_handle: ::std::string::String,
    ///New PTY size in character cells.
    pub size: ProcessTerminalSize,
}
///Empty success response for `process/resizePty`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ProcessResizePtyResponse {}
/**Spawn a standalone process (argv vector) without a Codex sandbox on the host where the app server is running.

`process/spawn` returns after the process has started and the connection-scoped `processHandle` has been registered. Process output and exit are reported via `process/outputDelta` and `process/exited` notifications.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProcessSpawnParams {
    ///Command argv vector. Empty arrays are rejected.
    pub command: ::std::vec::Vec<::std::string::String>,
    ///Absolute working directory for the process.
    pub cwd: AbsolutePathBuf,
    /**Optional environment overrides merged into the app-server process environment.

Matching names override inherited values. Set a key to `null` to unset an inherited variable.*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub env: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::option::Option<::std::string::String>,
        >,
    >,
    /**Optional per-stream stdout/stderr capture cap in bytes.

When omitted, the server default applies. Set to `null` to disable the cap.*/
    #[serde(
        rename = "outputBytesCap",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output_bytes_cap: ::std::option::Option<u32>,
    /**Client-supplied, connection-scoped process handle.

Duplicate active handles are rejected on the same connection. The same handle can be reused after the prior process exits.*/
    #[serde(rename = "processHandle")]
    pub process_handle: ::std::string::String,
    ///Optional initial PTY size in character cells. Only valid when `tty` is true.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<ProcessTerminalSize>,
    ///Allow follow-up `process/writeStdin` requests to write stdin bytes.
    #[serde(
        rename = "streamStdin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stream_stdin: ::std::option::Option<bool>,
    /**Stream stdout/stderr via `process/outputDelta` notifications.

Streamed bytes are not duplicated into the `process/exited` notification.*/
    #[serde(
        rename = "streamStdoutStderr",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stream_stdout_stderr: ::std::option::Option<bool>,
    /**Optional timeout in milliseconds.

When omitted, the server default applies. Set to `null` to disable the timeout.*/
    #[serde(
        rename = "timeoutMs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout_ms: ::std::option::Option<i64>,
    /**Enable PTY mode.

This implies `streamStdin` and `streamStdoutStderr`.*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tty: ::std::option::Option<bool>,
}
///Successful response for `process/spawn`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ProcessSpawnResponse {}
///PTY size in character cells for `process/spawn` PTY sessions.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProcessTerminalSize {
    ///Terminal width in character cells.
    pub cols: u16,
    ///Terminal height in character cells.
    pub rows: u16,
}
///Write stdin bytes to a running `process/spawn` session, close stdin, or both.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProcessWriteStdinParams {
    ///Close stdin after writing `deltaBase64`, if present.
    #[serde(
        rename = "closeStdin",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub close_stdin: ::std::option::Option<bool>,
    ///Optional base64-encoded stdin bytes to write.
    #[serde(
        rename = "deltaBase64",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delta_base64: ::std::option::Option<::std::string::String>,
    ///Client-supplied, connection-scoped `processHandle` from `process/spawn`.
    #[serde(rename = "processHandle")]
    pub process_handle: ::std::string::String,
}
///Empty success response for `process/writeStdin`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ProcessWriteStdinResponse {}
///`Project`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Project {
    #[serde(rename = "createdAt")]
    pub created_at: i64,
    pub id: ::std::string::String,
    pub metadata: ::std::collections::HashMap<
        ::std::string::String,
        ::std::string::String,
    >,
    pub name: ::std::string::String,
    pub position: i64,
    ///Newest non-archived member thread's recency, in Unix seconds; null when none exist.
    #[serde(
        rename = "recencyAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recency_at: ::std::option::Option<i64>,
    pub roots: ::std::vec::Vec<ProjectRoot>,
    #[serde(rename = "updatedAt")]
    pub updated_at: i64,
}
///`ProjectChangeType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ProjectChangeType {
    #[serde(rename = "created")]
    Created,
    #[serde(rename = "updated")]
    Updated,
    #[serde(rename = "deleted")]
    Deleted,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ProjectChangedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectChangedNotification {
    #[serde(rename = "changeType")]
    pub change_type: ProjectChangeType,
    #[serde(rename = "projectId")]
    pub project_id: ::std::string::String,
}
///`ProjectCreateParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectCreateParams {
    #[serde(rename = "idempotencyKey")]
    pub idempotency_key: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub name: ::std::string::String,
    pub roots: ::std::vec::Vec<ProjectRoot>,
}
///`ProjectCreateResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectCreateResponse {
    pub project: Project,
}
///`ProjectDeleteParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectDeleteParams {
    #[serde(rename = "projectId")]
    pub project_id: ::std::string::String,
}
///`ProjectDeleteResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ProjectDeleteResponse {}
///`ProjectImportParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectImportParams {
    #[serde(rename = "idempotencyKey")]
    pub idempotency_key: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    pub name: ::std::string::String,
    pub roots: ::std::vec::Vec<ProjectRoot>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub threads: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
}
///`ProjectImportResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectImportResponse {
    pub project: Project,
}
///`ProjectListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ProjectListParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    ///Requires sortKey. Defaults to asc for position and desc for recencyAt.
    #[serde(
        rename = "sortDirection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sort_direction: ::std::option::Option<SortDirection>,
    ///Defaults to position. Recency sorting always places empty projects last.
    #[serde(rename = "sortKey", skip_serializing_if = "::std::option::Option::is_none")]
    pub sort_key: ::std::option::Option<ProjectSortKey>,
}
///`ProjectListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectListResponse {
    pub data: ::std::vec::Vec<Project>,
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`ProjectMoveParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectMoveParams {
    #[serde(
        rename = "beforeProjectId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub before_project_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "projectId")]
    pub project_id: ::std::string::String,
}
///`ProjectMoveResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ProjectMoveResponse {}
///`ProjectReadParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectReadParams {
    #[serde(rename = "projectId")]
    pub project_id: ::std::string::String,
}
///`ProjectReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectReadResponse {
    pub project: Project,
}
///`ProjectRoot`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectRoot {
    pub path: AbsolutePathBuf,
}
///`ProjectSortKey`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ProjectSortKey {
    #[serde(rename = "position")]
    Position,
    #[serde(rename = "recencyAt")]
    RecencyAt,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ProjectUpdateParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectUpdateParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    #[serde(rename = "projectId")]
    pub project_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub roots: ::std::option::Option<::std::vec::Vec<ProjectRoot>>,
}
///`ProjectUpdateResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ProjectUpdateResponse {
    pub project: Project,
}
///`ProviderSettings`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ProviderSettings {
    #[serde(rename = "openai")]
    Openai,
    ///CustomGatewayProviderSettings
    #[serde(rename = "customGateway")]
    CustomGateway { auth: GatewayAuth },
    ///BedrockProviderSettings
    #[serde(rename = "bedrock")]
    Bedrock {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        profile: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        region: ::std::option::Option<::std::string::String>,
    },
    ///GcpProviderSettings
    #[serde(rename = "gcp")]
    Gcp {
        ///Path on the app-server host, without credential-file contents.
        #[serde(
            rename = "credentialFile",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        credential_file: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        location: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "projectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        project_id: ::std::option::Option<::std::string::String>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///Omitted patch fields preserve their values. Explicit null clears a nullable field.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ProviderSettingsPatch {
    ///CustomGatewayProviderSettingsPatch
    #[serde(rename = "customGateway")]
    CustomGateway {
        #[serde(
            rename = "baseUrl",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        base_url: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "envKey",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        env_key: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        name: ::std::option::Option<::std::string::String>,
        ///Omit or pass null to allocate a new custom provider ID.
        #[serde(
            rename = "providerId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        provider_id: ::std::option::Option<::std::string::String>,
    },
    /**BedrockProviderSettingsPatch

AWS configuration fields for built-in Bedrock providers.*/
    #[serde(rename = "bedrock")]
    Bedrock {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        profile: ::std::option::Option<::std::string::String>,
        #[serde(rename = "providerId")]
        provider_id: BedrockProviderId,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        region: ::std::option::Option<::std::string::String>,
    },
    /**GcpProviderSettingsPatch

GCP configuration fields. Credential-file paths refer to the app-server host.*/
    #[serde(rename = "gcp")]
    Gcp {
        #[serde(
            rename = "credentialFile",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        credential_file: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        location: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "projectId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        project_id: ::std::option::Option<::std::string::String>,
        #[serde(rename = "providerId")]
        provider_id: GcpProviderId,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`QueuedSubmission`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct QueuedSubmission {
    #[serde(rename = "clientUserMessageId")]
    pub client_user_message_id: ::std::string::String,
    pub id: ::std::string::String,
    pub input: ::std::vec::Vec<UserInput>,
    ///Metadata retained with this input, including across reconnect and restoration.
    #[serde(
        rename = "responsesapiClientMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub responsesapi_client_metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
}
///`RateLimitReachedType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum RateLimitReachedType {
    #[serde(rename = "rate_limit_reached")]
    RateLimitReached,
    #[serde(rename = "workspace_owner_credits_depleted")]
    WorkspaceOwnerCreditsDepleted,
    #[serde(rename = "workspace_member_credits_depleted")]
    WorkspaceMemberCreditsDepleted,
    #[serde(rename = "workspace_owner_usage_limit_reached")]
    WorkspaceOwnerUsageLimitReached,
    #[serde(rename = "workspace_member_usage_limit_reached")]
    WorkspaceMemberUsageLimitReached,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`RateLimitResetCredit`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RateLimitResetCredit {
    ///Backend-provided display description for this credit, or `null` when unavailable.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    ///Unix timestamp in seconds when the credit expires, or `null` if it does not expire.
    #[serde(
        rename = "expiresAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expires_at: ::std::option::Option<i64>,
    ///Unix timestamp in seconds when the credit was granted.
    #[serde(rename = "grantedAt")]
    pub granted_at: i64,
    ///Opaque backend identifier for this reset credit.
    pub id: ::std::string::String,
    #[serde(rename = "resetType")]
    pub reset_type: RateLimitResetType,
    pub status: RateLimitResetCreditStatus,
    ///Backend-provided display title for this credit, or `null` when unavailable.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}
///`RateLimitResetCreditStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum RateLimitResetCreditStatus {
    #[serde(rename = "available")]
    Available,
    #[serde(rename = "redeeming")]
    Redeeming,
    #[serde(rename = "redeemed")]
    Redeemed,
    #[serde(rename = "unknown")]
    Unknown,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`RateLimitResetCreditsSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RateLimitResetCreditsSummary {
    #[serde(rename = "availableCount")]
    pub available_count: i64,
    /**Detail rows for available reset credits, when the backend provides them.

`null` means only `availableCount` is known, while an empty array means details were fetched and no available credits were returned. The backend may cap this list, so its length can be less than `availableCount`.*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub credits: ::std::option::Option<::std::vec::Vec<RateLimitResetCredit>>,
}
///`RateLimitResetType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum RateLimitResetType {
    #[serde(rename = "codexRateLimits")]
    CodexRateLimits,
    #[serde(rename = "unknown")]
    Unknown,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`RateLimitSnapshot`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RateLimitSnapshot {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub credits: ::std::option::Option<CreditsSnapshot>,
    #[serde(
        rename = "individualLimit",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub individual_limit: ::std::option::Option<SpendControlLimitSnapshot>,
    #[serde(rename = "limitId", skip_serializing_if = "::std::option::Option::is_none")]
    pub limit_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "limitName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub limit_name: ::std::option::Option<::std::string::String>,
    ///Normal model whose display name and reasoning options describe this quota alias.
    #[serde(
        rename = "normalModelSlug",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub normal_model_slug: ::std::option::Option<::std::string::String>,
    #[serde(rename = "planType", skip_serializing_if = "::std::option::Option::is_none")]
    pub plan_type: ::std::option::Option<PlanType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub primary: ::std::option::Option<RateLimitWindow>,
    #[serde(
        rename = "rateLimitReachedType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub rate_limit_reached_type: ::std::option::Option<RateLimitReachedType>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub secondary: ::std::option::Option<RateLimitWindow>,
    ///Backend-reported spend-control state. `None` is unavailable, not a sparse-update recovery.
    #[serde(
        rename = "spendControlReached",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub spend_control_reached: ::std::option::Option<bool>,
}
///`RateLimitWindow`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RateLimitWindow {
    #[serde(rename = "resetsAt", skip_serializing_if = "::std::option::Option::is_none")]
    pub resets_at: ::std::option::Option<i64>,
    #[serde(rename = "usedPercent")]
    pub used_percent: i32,
    #[serde(
        rename = "windowDurationMins",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub window_duration_mins: ::std::option::Option<i64>,
}
///Internal-only notification containing the exact usage from one upstream Responses API completion.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RawResponseCompletedNotification {
    #[serde(rename = "responseId")]
    pub response_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub usage: ::std::option::Option<TokenUsageBreakdown>,
    #[serde(
        rename = "usageMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub usage_metadata: ::std::option::Option<ResponseUsageMetadata>,
}
///`RawResponseItemCompletedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RawResponseItemCompletedNotification {
    pub item: ResponseItem,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`RealtimeConversationVersion`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum RealtimeConversationVersion {
    #[serde(rename = "v1")]
    V1,
    #[serde(rename = "v2")]
    V2,
    #[serde(rename = "v3")]
    V3,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`RealtimeOutputModality`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum RealtimeOutputModality {
    #[serde(rename = "text")]
    Text,
    #[serde(rename = "audio")]
    Audio,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`RealtimeVoice`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum RealtimeVoice {
    #[serde(rename = "alloy")]
    Alloy,
    #[serde(rename = "arbor")]
    Arbor,
    #[serde(rename = "ash")]
    Ash,
    #[serde(rename = "aube")]
    Aube,
    #[serde(rename = "ballad")]
    Ballad,
    #[serde(rename = "breeze")]
    Breeze,
    #[serde(rename = "bubbie")]
    Bubbie,
    #[serde(rename = "cedar")]
    Cedar,
    #[serde(rename = "coral")]
    Coral,
    #[serde(rename = "cove")]
    Cove,
    #[serde(rename = "echo")]
    Echo,
    #[serde(rename = "ember")]
    Ember,
    #[serde(rename = "haetsal")]
    Haetsal,
    #[serde(rename = "hanul")]
    Hanul,
    #[serde(rename = "himari")]
    Himari,
    #[serde(rename = "juniper")]
    Juniper,
    #[serde(rename = "leher")]
    Leher,
    #[serde(rename = "maple")]
    Maple,
    #[serde(rename = "marin")]
    Marin,
    #[serde(rename = "miko")]
    Miko,
    #[serde(rename = "neer")]
    Neer,
    #[serde(rename = "porto")]
    Porto,
    #[serde(rename = "rindo")]
    Rindo,
    #[serde(rename = "rio")]
    Rio,
    #[serde(rename = "rivage")]
    Rivage,
    #[serde(rename = "sage")]
    Sage,
    #[serde(rename = "selva")]
    Selva,
    #[serde(rename = "shimmer")]
    Shimmer,
    #[serde(rename = "sol")]
    Sol,
    #[serde(rename = "sonna")]
    Sonna,
    #[serde(rename = "spruce")]
    Spruce,
    #[serde(rename = "tinta")]
    Tinta,
    #[serde(rename = "vale")]
    Vale,
    #[serde(rename = "verse")]
    Verse,
    #[serde(rename = "viola")]
    Viola,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`RealtimeVoicesList`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RealtimeVoicesList {
    #[serde(rename = "defaultV1")]
    pub default_v1: RealtimeVoice,
    #[serde(rename = "defaultV2")]
    pub default_v2: RealtimeVoice,
    pub v1: ::std::vec::Vec<RealtimeVoice>,
    pub v2: ::std::vec::Vec<RealtimeVoice>,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub v3: ::std::vec::Vec<RealtimeVoice>,
}
///A non-empty reasoning effort value advertised by the model.
#[derive(::serde::Serialize, Clone, Debug, Eq, Hash, Ord, PartialEq, PartialOrd)]
#[serde(transparent)]
pub struct ReasoningEffort(::std::string::String);
impl ::std::ops::Deref for ReasoningEffort {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ReasoningEffort> for ::std::string::String {
    fn from(value: ReasoningEffort) -> Self {
        value.0
    }
}
impl ::std::str::FromStr for ReasoningEffort {
    type Err = self::error::ConversionError;
    fn from_str(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        if value.chars().count() < 1usize {
            return Err("shorter than 1 characters".into());
        }
        Ok(Self(value.to_string()))
    }
}
impl ::std::convert::TryFrom<&str> for ReasoningEffort {
    type Error = self::error::ConversionError;
    fn try_from(
        value: &str,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl ::std::convert::TryFrom<::std::string::String> for ReasoningEffort {
    type Error = self::error::ConversionError;
    fn try_from(
        value: ::std::string::String,
    ) -> ::std::result::Result<Self, self::error::ConversionError> {
        value.parse()
    }
}
impl<'de> ::serde::Deserialize<'de> for ReasoningEffort {
    fn deserialize<D>(deserializer: D) -> ::std::result::Result<Self, D::Error>
    where
        D: ::serde::Deserializer<'de>,
    {
        ::std::string::String::deserialize(deserializer)?
            .parse()
            .map_err(|e: self::error::ConversionError| {
                <D::Error as ::serde::de::Error>::custom(e.to_string())
            })
    }
}
///`ReasoningEffortOption`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ReasoningEffortOption {
    pub description: ::std::string::String,
    #[serde(rename = "reasoningEffort")]
    pub reasoning_effort: ReasoningEffort,
}
///`ReasoningItemContent`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type", content = "text")]
#[non_exhaustive]
pub enum ReasoningItemContent {
    ///ReasoningTextReasoningItemContent
    #[serde(rename = "reasoning_text")]
    ReasoningText(::std::string::String),
    ///TextReasoningItemContent
    #[serde(rename = "text")]
    Text(::std::string::String),
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`ReasoningItemReasoningSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type", content = "text")]
#[non_exhaustive]
pub enum ReasoningItemReasoningSummary {
    ///SummaryTextReasoningItemReasoningSummary
    #[serde(rename = "summary_text")]
    SummaryText(::std::string::String),
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///A summary of the reasoning performed by the model. This can be useful for debugging and understanding the model's reasoning process. See https://platform.openai.com/docs/guides/reasoning?api-mode=responses#reasoning-summaries
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ReasoningSummary {
    #[serde(rename = "auto")]
    Auto,
    #[serde(rename = "concise")]
    Concise,
    #[serde(rename = "detailed")]
    Detailed,
    ///Option to disable reasoning summaries.
    #[serde(rename = "none")]
    None,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ReasoningSummaryPartAddedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ReasoningSummaryPartAddedNotification {
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    #[serde(rename = "summaryIndex")]
    pub summary_index: i64,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`ReasoningSummaryTextDeltaNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ReasoningSummaryTextDeltaNotification {
    pub delta: ::std::string::String,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    #[serde(rename = "summaryIndex")]
    pub summary_index: i64,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`ReasoningTextDeltaNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ReasoningTextDeltaNotification {
    #[serde(rename = "contentIndex")]
    pub content_index: i64,
    pub delta: ::std::string::String,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`RemoteControlClient`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RemoteControlClient {
    #[serde(
        rename = "appVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub app_version: ::std::option::Option<::std::string::String>,
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    #[serde(
        rename = "deviceModel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_model: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "deviceType",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub device_type: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "lastSeenAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_seen_at: ::std::option::Option<i64>,
    #[serde(
        rename = "osVersion",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub os_version: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub platform: ::std::option::Option<::std::string::String>,
}
///`RemoteControlClientsListOrder`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum RemoteControlClientsListOrder {
    #[serde(rename = "asc")]
    Asc,
    #[serde(rename = "desc")]
    Desc,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`RemoteControlClientsListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RemoteControlClientsListParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    #[serde(rename = "environmentId")]
    pub environment_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub order: ::std::option::Option<RemoteControlClientsListOrder>,
}
///`RemoteControlClientsListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RemoteControlClientsListResponse {
    pub data: ::std::vec::Vec<RemoteControlClient>,
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`RemoteControlClientsRevokeParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RemoteControlClientsRevokeParams {
    #[serde(rename = "clientId")]
    pub client_id: ::std::string::String,
    #[serde(rename = "environmentId")]
    pub environment_id: ::std::string::String,
}
///`RemoteControlClientsRevokeResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RemoteControlClientsRevokeResponse {}
///`RemoteControlConnectionStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum RemoteControlConnectionStatus {
    #[serde(rename = "disabled")]
    Disabled,
    #[serde(rename = "connecting")]
    Connecting,
    #[serde(rename = "connected")]
    Connected,
    #[serde(rename = "errored")]
    Errored,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`RemoteControlDisableParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RemoteControlDisableParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ephemeral: ::std::option::Option<bool>,
}
///`RemoteControlDisableResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RemoteControlDisableResponse {
    #[serde(
        rename = "environmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "installationId")]
    pub installation_id: ::std::string::String,
    #[serde(rename = "serverName")]
    pub server_name: ::std::string::String,
    pub status: RemoteControlConnectionStatus,
}
///`RemoteControlEnableParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RemoteControlEnableParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ephemeral: ::std::option::Option<bool>,
}
///`RemoteControlEnableResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RemoteControlEnableResponse {
    #[serde(
        rename = "environmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "installationId")]
    pub installation_id: ::std::string::String,
    #[serde(rename = "serverName")]
    pub server_name: ::std::string::String,
    pub status: RemoteControlConnectionStatus,
}
///`RemoteControlPairingStartParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RemoteControlPairingStartParams {
    #[serde(
        rename = "manualCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub manual_code: ::std::option::Option<bool>,
}
///`RemoteControlPairingStartResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RemoteControlPairingStartResponse {
    #[serde(rename = "environmentId")]
    pub environment_id: ::std::string::String,
    #[serde(rename = "expiresAt")]
    pub expires_at: i64,
    #[serde(
        rename = "manualPairingCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub manual_pairing_code: ::std::option::Option<::std::string::String>,
    #[serde(rename = "pairingCode")]
    pub pairing_code: ::std::string::String,
}
///`RemoteControlPairingStatusParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RemoteControlPairingStatusParams {
    #[serde(
        rename = "manualPairingCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub manual_pairing_code: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "pairingCode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub pairing_code: ::std::option::Option<::std::string::String>,
}
///`RemoteControlPairingStatusResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RemoteControlPairingStatusResponse {
    pub claimed: bool,
}
///Current remote-control connection status and remote identity exposed to clients.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RemoteControlStatusChangedNotification {
    #[serde(
        rename = "environmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "installationId")]
    pub installation_id: ::std::string::String,
    #[serde(rename = "serverName")]
    pub server_name: ::std::string::String,
    pub status: RemoteControlConnectionStatus,
}
///`RemoteControlStatusReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RemoteControlStatusReadResponse {
    #[serde(
        rename = "environmentId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub environment_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "installationId")]
    pub installation_id: ::std::string::String,
    #[serde(rename = "serverName")]
    pub server_name: ::std::string::String,
    pub status: RemoteControlConnectionStatus,
}
///`RequestHeader`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct RequestHeader {
    pub name: ::std::string::String,
    pub value: ::std::string::String,
}
///`RequestId`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum RequestId {
    String(::std::string::String),
    Int64(i64),
}
impl ::std::fmt::Display for RequestId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::String(x) => x.fmt(f),
            Self::Int64(x) => x.fmt(f),
        }
    }
}
impl ::std::convert::From<i64> for RequestId {
    fn from(value: i64) -> Self {
        Self::Int64(value)
    }
}
///`RequestPermissionProfile`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RequestPermissionProfile {
    #[serde(
        rename = "fileSystem",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub file_system: ::std::option::Option<AdditionalFileSystemPermissions>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub network: ::std::option::Option<AdditionalNetworkPermissions>,
}
///`ResidencyRequirement`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ResidencyRequirement {
    #[serde(rename = "us")]
    Us,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///A known resource that the server is capable of reading.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Resource {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub annotations: ::std::option::Option<::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub icons: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
    #[serde(rename = "_meta", skip_serializing_if = "::std::option::Option::is_none")]
    pub meta: ::std::option::Option<::serde_json::Value>,
    #[serde(rename = "mimeType", skip_serializing_if = "::std::option::Option::is_none")]
    pub mime_type: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub size: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    pub uri: ::std::string::String,
}
///Contents returned when reading a resource from an MCP server.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum ResourceContent {
    Text {
        #[serde(
            rename = "_meta",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        meta: ::std::option::Option<::serde_json::Value>,
        #[serde(
            rename = "mimeType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        mime_type: ::std::option::Option<::std::string::String>,
        text: ::std::string::String,
        ///The URI of this resource.
        uri: ::std::string::String,
    },
    Blob {
        blob: ::std::string::String,
        #[serde(
            rename = "_meta",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        meta: ::std::option::Option<::serde_json::Value>,
        #[serde(
            rename = "mimeType",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        mime_type: ::std::option::Option<::std::string::String>,
        ///The URI of this resource.
        uri: ::std::string::String,
    },
}
///A template description for resources available on the server.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ResourceTemplate {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub annotations: ::std::option::Option<::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(rename = "mimeType", skip_serializing_if = "::std::option::Option::is_none")]
    pub mime_type: ::std::option::Option<::std::string::String>,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
    #[serde(rename = "uriTemplate")]
    pub uri_template: ::std::string::String,
}
///`ResponseItem`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ResponseItem {
    ///AdditionalToolsResponseItem
    #[serde(rename = "additional_tools")]
    AdditionalTools {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        role: ::std::string::String,
        tools: ::std::vec::Vec<::serde_json::Value>,
    },
    ///MessageResponseItem
    #[serde(rename = "message")]
    Message {
        content: ::std::vec::Vec<ContentItem>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        encrypted_content: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        phase: ::std::option::Option<MessagePhase>,
        role: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        status: ::std::option::Option<::std::string::String>,
    },
    ///AgentMessageResponseItem
    #[serde(rename = "agent_message")]
    AgentMessage {
        author: ::std::string::String,
        content: ::std::vec::Vec<AgentMessageInputContent>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        recipient: ::std::string::String,
    },
    ///ReasoningResponseItem
    #[serde(rename = "reasoning")]
    Reasoning {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        content: ::std::option::Option<::std::vec::Vec<ReasoningItemContent>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        encrypted_content: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        summary: ::std::vec::Vec<ReasoningItemReasoningSummary>,
    },
    ///LocalShellCallResponseItem
    #[serde(rename = "local_shell_call")]
    LocalShellCall {
        action: LocalShellAction,
        ///Set when using the Responses API.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        call_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        encrypted_content: ::std::option::Option<::std::string::String>,
        ///Legacy id field retained for compatibility with older payloads.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        status: LocalShellStatus,
    },
    ///FunctionCallResponseItem
    #[serde(rename = "function_call")]
    FunctionCall {
        arguments: ::std::string::String,
        call_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        encrypted_content: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        encrypted_function_args: ::std::option::Option<
            ::std::vec::Vec<::std::string::String>,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        namespace: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        status: ::std::option::Option<::std::string::String>,
    },
    ///ToolSearchCallResponseItem
    #[serde(rename = "tool_search_call")]
    ToolSearchCall {
        arguments: ::serde_json::Value,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        call_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        encrypted_content: ::std::option::Option<::std::string::String>,
        execution: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        status: ::std::option::Option<::std::string::String>,
    },
    ///FunctionCallOutputResponseItem
    #[serde(rename = "function_call_output")]
    FunctionCallOutput {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        call_id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        name: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        namespace: ::std::option::Option<::std::string::String>,
        output: FunctionCallOutputBody,
    },
    ///CustomToolCallResponseItem
    #[serde(rename = "custom_tool_call")]
    CustomToolCall {
        call_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        encrypted_content: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        input: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        namespace: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        status: ::std::option::Option<::std::string::String>,
    },
    ///CustomToolCallOutputResponseItem
    #[serde(rename = "custom_tool_call_output")]
    CustomToolCallOutput {
        call_id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        name: ::std::option::Option<::std::string::String>,
        output: FunctionCallOutputBody,
    },
    ///ToolSearchOutputResponseItem
    #[serde(rename = "tool_search_output")]
    ToolSearchOutput {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        call_id: ::std::option::Option<::std::string::String>,
        execution: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        status: ::std::string::String,
        tools: ::std::vec::Vec<::serde_json::Value>,
    },
    ///WebSearchCallResponseItem
    #[serde(rename = "web_search_call")]
    WebSearchCall {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        action: ::std::option::Option<ResponsesApiWebSearchAction>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        encrypted_content: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        status: ::std::option::Option<::std::string::String>,
    },
    ///ImageGenerationCallResponseItem
    #[serde(rename = "image_generation_call")]
    ImageGenerationCall {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        encrypted_content: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
        result: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        revised_prompt: ::std::option::Option<::std::string::String>,
        status: ::std::string::String,
    },
    ///CompactionResponseItem
    #[serde(rename = "compaction")]
    Compaction {
        encrypted_content: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
    },
    /**ConfigurationUpdateResponseItem

A durable input control interpreted by the backend at its position in history.*/
    #[serde(rename = "configuration_update")]
    ConfigurationUpdate { reasoning: ConfigurationReasoning },
    #[serde(rename = "compaction_trigger")]
    CompactionTrigger,
    ///ContextCompactionResponseItem
    #[serde(rename = "context_compaction")]
    ContextCompaction {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        encrypted_content: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        id: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        internal_chat_message_metadata_passthrough: ::std::option::Option<
            InternalChatMessageMetadataPassthrough,
        >,
    },
    #[serde(rename = "other")]
    Other,
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///Usage metadata reported for one upstream response.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ResponseUsageMetadata {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub amount: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub metadata: ::std::option::Option<::serde_json::Value>,
}
///`ResponsesApiWebSearchAction`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ResponsesApiWebSearchAction {
    ///SearchResponsesApiWebSearchAction
    #[serde(rename = "search")]
    Search {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        queries: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        query: ::std::option::Option<::std::string::String>,
    },
    ///OpenPageResponsesApiWebSearchAction
    #[serde(rename = "open_page")]
    OpenPage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        url: ::std::option::Option<::std::string::String>,
    },
    ///FindInPageResponsesApiWebSearchAction
    #[serde(rename = "find_in_page")]
    FindInPage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pattern: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        url: ::std::option::Option<::std::string::String>,
    },
    #[serde(rename = "other")]
    Other,
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///User's decision in response to an ExecApprovalRequest.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[non_exhaustive]
pub enum ReviewDecision {
    ///User has approved this command and the agent should execute it.
    #[serde(rename = "approved")]
    Approved,
    ///User has approved this command and wants to apply the proposed execpolicy amendment so future matching commands are permitted.
    #[serde(rename = "approved_execpolicy_amendment")]
    ApprovedExecpolicyAmendment {
        proposed_execpolicy_amendment: ::std::vec::Vec<::std::string::String>,
    },
    ///User has approved this request and wants future prompts in the same session-scoped approval cache to be automatically approved for the remainder of the session.
    #[serde(rename = "approved_for_session")]
    ApprovedForSession,
    ///User has approved this MCP tool call and wants to amend its policy so matching future calls are automatically approved across sessions.
    #[serde(rename = "approved_mcp_policy_amendment")]
    ApprovedMcpPolicyAmendment,
    ///User chose to persist a network policy rule (allow/deny) for future requests to the same host.
    #[serde(rename = "network_policy_amendment")]
    NetworkPolicyAmendment { network_policy_amendment: NetworkPolicyAmendment },
    ///User has denied this command and the agent should not execute it, but it should continue the session and try something else.
    #[serde(rename = "denied")]
    Denied { rejection: ::std::string::String },
    ///Automatic approval review timed out before reaching a decision.
    #[serde(rename = "timed_out")]
    TimedOut,
    ///User has denied this command and the agent should not do anything until the user's next command.
    #[serde(rename = "abort")]
    Abort,
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`ReviewDelivery`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ReviewDelivery {
    #[serde(rename = "inline")]
    Inline,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ReviewStartParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ReviewStartParams {
    ///Reviews run inline on the supplied thread. Omit this field or pass `inline`. To review on a separate thread, start a thread first and use its id.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub delivery: ::std::option::Option<ReviewDelivery>,
    pub target: ReviewTarget,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ReviewStartResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ReviewStartResponse {
    ///The thread id supplied to `review/start`.
    #[serde(rename = "reviewThreadId")]
    pub review_thread_id: ::std::string::String,
    pub turn: Turn,
}
///`ReviewTarget`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ReviewTarget {
    #[serde(rename = "uncommittedChanges")]
    UncommittedChanges,
    /**BaseBranchReviewTarget

Review changes between the current branch and the given base branch.*/
    #[serde(rename = "baseBranch")]
    BaseBranch { branch: ::std::string::String },
    /**CommitReviewTarget

Review the changes introduced by a specific commit.*/
    #[serde(rename = "commit")]
    Commit {
        sha: ::std::string::String,
        ///Optional human-readable label (e.g., commit subject) for UIs.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        title: ::std::option::Option<::std::string::String>,
    },
    /**CustomReviewTarget

Arbitrary instructions, equivalent to the old free-form prompt.*/
    #[serde(rename = "custom")]
    Custom { instructions: ::std::string::String },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///Acknowledges the compression trigger, not completion. Existing maintenance locks and cooldowns can cause the background pass to skip without doing work.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct RolloutCompressResponse {}
///`SandboxMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum SandboxMode {
    #[serde(rename = "read-only")]
    ReadOnly,
    #[serde(rename = "workspace-write")]
    WorkspaceWrite,
    #[serde(rename = "danger-full-access")]
    DangerFullAccess,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`SandboxPolicy`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum SandboxPolicy {
    #[serde(rename = "dangerFullAccess")]
    DangerFullAccess,
    ///ReadOnlySandboxPolicy
    #[serde(rename = "readOnly")]
    ReadOnly { #[serde(rename = "networkAccess", default)] network_access: bool },
    ///ExternalSandboxSandboxPolicy
    #[serde(rename = "externalSandbox")]
    ExternalSandbox {
        #[serde(
            rename = "networkAccess",
            default = "defaults::sandbox_policy_external_sandbox_network_access"
        )]
        network_access: NetworkAccess,
    },
    ///WorkspaceWriteSandboxPolicy
    #[serde(rename = "workspaceWrite")]
    WorkspaceWrite {
        #[serde(rename = "excludeSlashTmp", default)]
        exclude_slash_tmp: bool,
        #[serde(rename = "excludeTmpdirEnvVar", default)]
        exclude_tmpdir_env_var: bool,
        #[serde(rename = "networkAccess", default)]
        network_access: bool,
        #[serde(
            rename = "writableRoots",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        writable_roots: ::std::vec::Vec<AbsolutePathBuf>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`SandboxWorkspaceWrite`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct SandboxWorkspaceWrite {
    #[serde(default)]
    pub exclude_slash_tmp: bool,
    #[serde(default)]
    pub exclude_tmpdir_env_var: bool,
    #[serde(default)]
    pub network_access: bool,
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub writable_roots: ::std::vec::Vec<::std::string::String>,
}
///`ScheduledTaskSchedule`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ScheduledTaskSchedule {
    ///HourlyScheduledTaskSchedule
    #[serde(rename = "hourly")]
    Hourly {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        days: ::std::option::Option<::std::vec::Vec<ScheduledTaskWeekday>>,
        #[serde(rename = "intervalHours")]
        interval_hours: u32,
    },
    ///DailyScheduledTaskSchedule
    #[serde(rename = "daily")]
    Daily { time: ::std::string::String },
    ///WeekdaysScheduledTaskSchedule
    #[serde(rename = "weekdays")]
    Weekdays { time: ::std::string::String },
    ///WeeklyScheduledTaskSchedule
    #[serde(rename = "weekly")]
    Weekly { days: ::std::vec::Vec<ScheduledTaskWeekday>, time: ::std::string::String },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`ScheduledTaskSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ScheduledTaskSummary {
    pub key: ::std::string::String,
    pub name: ::std::string::String,
    pub prompt: ::std::string::String,
    pub schedule: ScheduledTaskSchedule,
}
///`ScheduledTaskWeekday`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ScheduledTaskWeekday {
    #[serde(rename = "MO")]
    Mo,
    #[serde(rename = "TU")]
    Tu,
    #[serde(rename = "WE")]
    We,
    #[serde(rename = "TH")]
    Th,
    #[serde(rename = "FR")]
    Fr,
    #[serde(rename = "SA")]
    Sa,
    #[serde(rename = "SU")]
    Su,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///A user-selected root that can expose one or more runtime capabilities.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SelectedCapabilityRoot {
    ///Stable identifier supplied by the capability selection platform.
    pub id: ::std::string::String,
    ///Where the selected root can be resolved.
    pub location: CapabilityRootLocation,
}
///`SendAddCreditsNudgeEmailParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SendAddCreditsNudgeEmailParams {
    #[serde(rename = "creditType")]
    pub credit_type: AddCreditsNudgeCreditType,
}
///`SendAddCreditsNudgeEmailResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SendAddCreditsNudgeEmailResponse {
    pub status: AddCreditsNudgeEmailStatus,
}
///`ServerDiagnosticsGauge`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ServerDiagnosticsGauge {
    pub name: ::std::string::String,
    pub value: u64,
}
///`ServerDiagnosticsParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ServerDiagnosticsParams {}
///`ServerDiagnosticsProcess`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ServerDiagnosticsProcess {
    pub id: u32,
    #[serde(
        rename = "physicalFootprintBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub physical_footprint_bytes: ::std::option::Option<u64>,
    #[serde(
        rename = "residentMemoryBytes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub resident_memory_bytes: ::std::option::Option<u64>,
}
///`ServerDiagnosticsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ServerDiagnosticsResponse {
    pub gauges: ::std::vec::Vec<ServerDiagnosticsGauge>,
    pub process: ServerDiagnosticsProcess,
}
///`ServerRequestResolvedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ServerRequestResolvedNotification {
    #[serde(rename = "requestId")]
    pub request_id: RequestId,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`SessionMigration`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SessionMigration {
    pub cwd: ::std::string::String,
    pub path: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}
///`SessionSource`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[non_exhaustive]
pub enum SessionSource {
    #[serde(rename = "cli")]
    Cli,
    #[serde(rename = "vscode")]
    Vscode,
    #[serde(rename = "exec")]
    Exec,
    #[serde(rename = "appServer")]
    AppServer,
    #[serde(rename = "unknown")]
    Unknown,
    #[serde(rename = "custom")]
    Custom(::std::string::String),
    #[serde(rename = "subAgent")]
    SubAgent(SubAgentSource),
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
impl ::std::convert::From<SubAgentSource> for SessionSource {
    fn from(value: SubAgentSource) -> Self {
        Self::SubAgent(value)
    }
}
///Settings for a collaboration mode.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Settings {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub developer_instructions: ::std::option::Option<::std::string::String>,
    pub model: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reasoning_effort: ::std::option::Option<ReasoningEffort>,
}
///`SkillDependencies`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SkillDependencies {
    pub tools: ::std::vec::Vec<SkillToolDependency>,
}
///`SkillErrorInfo`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SkillErrorInfo {
    pub message: ::std::string::String,
    pub path: ::std::string::String,
}
///`SkillInterface`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct SkillInterface {
    #[serde(
        rename = "brandColor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub brand_color: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "defaultPrompt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub default_prompt: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "displayName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "iconLarge",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub icon_large: ::std::option::Option<AbsolutePathBuf>,
    ///Remote large icon URL from the plugin catalog.
    #[serde(
        rename = "iconLargeUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub icon_large_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "iconSmall",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub icon_small: ::std::option::Option<AbsolutePathBuf>,
    ///Remote small icon URL from the plugin catalog.
    #[serde(
        rename = "iconSmallUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub icon_small_url: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "shortDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub short_description: ::std::option::Option<::std::string::String>,
}
///`SkillMetadata`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SkillMetadata {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub dependencies: ::std::option::Option<SkillDependencies>,
    pub description: ::std::string::String,
    pub enabled: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub interface: ::std::option::Option<SkillInterface>,
    pub name: ::std::string::String,
    pub path: LegacyAppPathString,
    ///Owning plugin ID, matching `PluginSummary.id`, when known.
    #[serde(rename = "pluginId", skip_serializing_if = "::std::option::Option::is_none")]
    pub plugin_id: ::std::option::Option<::std::string::String>,
    pub scope: SkillScope,
    ///Legacy short_description from SKILL.md. Prefer SKILL.json interface.short_description.
    #[serde(
        rename = "shortDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub short_description: ::std::option::Option<::std::string::String>,
}
///`SkillMigration`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SkillMigration {
    pub name: ::std::string::String,
}
///`SkillScope`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum SkillScope {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "repo")]
    Repo,
    #[serde(rename = "system")]
    System,
    #[serde(rename = "admin")]
    Admin,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`SkillSummary`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SkillSummary {
    pub description: ::std::string::String,
    pub enabled: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub interface: ::std::option::Option<SkillInterface>,
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub path: ::std::option::Option<LegacyAppPathString>,
    #[serde(
        rename = "shortDescription",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub short_description: ::std::option::Option<::std::string::String>,
}
///`SkillToolDependency`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SkillToolDependency {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub command: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub transport: ::std::option::Option<::std::string::String>,
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub url: ::std::option::Option<::std::string::String>,
    pub value: ::std::string::String,
}
/**Notification emitted when watched local skill files change.

Treat this as an invalidation signal and re-run `skills/list` with the client's current parameters when refreshed skill metadata is needed.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct SkillsChangedNotification {}
///`SkillsConfigWriteParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SkillsConfigWriteParams {
    pub enabled: bool,
    ///Name-based selector.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    ///Path-based selector.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub path: ::std::option::Option<AbsolutePathBuf>,
}
///`SkillsConfigWriteResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SkillsConfigWriteResponse {
    #[serde(rename = "effectiveEnabled")]
    pub effective_enabled: bool,
}
///`SkillsExtraRootsSetParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SkillsExtraRootsSetParams {
    #[serde(rename = "extraRoots")]
    pub extra_roots: ::std::vec::Vec<AbsolutePathBuf>,
}
///`SkillsExtraRootsSetResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct SkillsExtraRootsSetResponse {}
///`SkillsListEntry`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SkillsListEntry {
    pub cwd: ::std::string::String,
    pub errors: ::std::vec::Vec<SkillErrorInfo>,
    pub skills: ::std::vec::Vec<SkillMetadata>,
}
///`SkillsListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct SkillsListParams {
    ///When empty, defaults to the current session working directory.
    #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
    pub cwds: ::std::vec::Vec<::std::string::String>,
    ///When true, bypass the skills cache and re-scan skills from disk.
    #[serde(
        rename = "forceReload",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub force_reload: ::std::option::Option<bool>,
}
///`SkillsListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SkillsListResponse {
    pub data: ::std::vec::Vec<SkillsListEntry>,
}
///`SortDirection`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum SortDirection {
    #[serde(rename = "asc")]
    Asc,
    #[serde(rename = "desc")]
    Desc,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`SpendControlLimitSnapshot`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SpendControlLimitSnapshot {
    pub limit: ::std::string::String,
    #[serde(rename = "remainingPercent")]
    pub remaining_percent: i32,
    #[serde(rename = "resetsAt")]
    pub resets_at: i64,
    pub used: ::std::string::String,
}
///`StrictReviewRequiredNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct StrictReviewRequiredNotification {
    ///Unix timestamp (in milliseconds) when this review started.
    #[serde(rename = "startedAtMs")]
    pub started_at_ms: i64,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`SubAgentActivityKind`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum SubAgentActivityKind {
    #[serde(rename = "started")]
    Started,
    #[serde(rename = "interacted")]
    Interacted,
    #[serde(rename = "interrupted")]
    Interrupted,
    #[serde(rename = "completed")]
    Completed,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`SubAgentSource`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[non_exhaustive]
pub enum SubAgentSource {
    #[serde(rename = "review")]
    Review,
    #[serde(rename = "compact")]
    Compact,
    #[serde(rename = "memory_consolidation")]
    MemoryConsolidation,
    #[serde(rename = "thread_spawn")]
    ThreadSpawn {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        agent_nickname: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        agent_path: ::std::option::Option<AgentPath>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        agent_role: ::std::option::Option<::std::string::String>,
        depth: i32,
        parent_thread_id: ThreadId,
    },
    #[serde(rename = "other")]
    Other(::std::string::String),
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`SubagentMigration`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct SubagentMigration {
    pub name: ::std::string::String,
}
///`TerminalInteractionNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TerminalInteractionNotification {
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    #[serde(rename = "processId")]
    pub process_id: ::std::string::String,
    pub stdin: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`TextElement`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TextElement {
    ///Byte range in the parent `text` buffer that this element occupies.
    #[serde(rename = "byteRange")]
    pub byte_range: ByteRange,
    ///Optional human-readable placeholder for the element, displayed in the UI.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub placeholder: ::std::option::Option<::std::string::String>,
}
///`TextPosition`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TextPosition {
    ///1-based column number (in Unicode scalar values).
    pub column: u32,
    ///1-based line number.
    pub line: u32,
}
///`TextRange`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TextRange {
    pub end: TextPosition,
    pub start: TextPosition,
}
///`Thread`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Thread {
    ///Optional random unique nickname assigned to an AgentControl-spawned sub-agent.
    #[serde(
        rename = "agentNickname",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_nickname: ::std::option::Option<::std::string::String>,
    ///Optional role (agent_role) assigned to an AgentControl-spawned sub-agent.
    #[serde(
        rename = "agentRole",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub agent_role: ::std::option::Option<::std::string::String>,
    ///Parent that owns this persisted attached thread, independent of fork or spawn lineage.
    #[serde(
        rename = "attachedToThreadId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attached_to_thread_id: ::std::option::Option<::std::string::String>,
    ///Whether the app server accepts direct turn input for this loaded thread. `None` means the capability is unavailable, such as for an unloaded stored thread.
    #[serde(
        rename = "canAcceptDirectInput",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub can_accept_direct_input: ::std::option::Option<bool>,
    ///Version of the CLI that created the thread.
    #[serde(rename = "cliVersion")]
    pub cli_version: ::std::string::String,
    ///Unix timestamp (in seconds) when the thread was created.
    #[serde(rename = "createdAt")]
    pub created_at: i64,
    ///Working directory captured for the thread.
    pub cwd: AbsolutePathBuf,
    ///Saved Daybreak choice, independent of turn execution. Null if unset.
    #[serde(
        rename = "daybreakEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub daybreak_enabled: ::std::option::Option<bool>,
    ///Current environments for a loaded thread, in priority order, primary first. `null` means the thread is not loaded or the server does not expose its selection. An empty list means no environments are selected. This does not report connection status.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environments: ::std::option::Option<::std::vec::Vec<ThreadEnvironment>>,
    ///Whether the thread is ephemeral and should not be materialized on disk.
    pub ephemeral: bool,
    ///Optional implementation-specific thread data.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub extra: ::std::option::Option<ThreadExtra>,
    ///Source thread id when this thread was created by forking another thread.
    #[serde(
        rename = "forkedFromId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub forked_from_id: ::std::option::Option<::std::string::String>,
    ///Optional Git metadata captured when the thread was created.
    #[serde(rename = "gitInfo", skip_serializing_if = "::std::option::Option::is_none")]
    pub git_info: ::std::option::Option<GitInfo>,
    ///Persisted thread history contract selected when this thread was created.
    #[serde(rename = "historyMode", default = "defaults::thread_history_mode")]
    pub history_mode: ThreadHistoryMode,
    ///Identifier for this thread. Codex-generated thread IDs are UUIDv7.
    pub id: ::std::string::String,
    ///Current configured model when loaded, otherwise the latest persisted model. Null when unavailable. This is not per-turn execution telemetry.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    ///Model provider used for this thread (for example, 'openai').
    #[serde(rename = "modelProvider")]
    pub model_provider: ::std::string::String,
    ///Optional user-facing thread title.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    ///Originator recorded when the thread was created, independent of its current client or executor. Null when the recorded originator is unavailable.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub originator: ::std::option::Option<::std::string::String>,
    ///The ID of the parent thread. This will only be set if this thread is a subagent.
    #[serde(
        rename = "parentThreadId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parent_thread_id: ::std::option::Option<::std::string::String>,
    ///[UNSTABLE] Path to the thread on disk.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub path: ::std::option::Option<::std::string::String>,
    ///Usually the first user message in the thread, if available.
    pub preview: ::std::string::String,
    ///Canonical project assignment owned by app-server, if any.
    #[serde(
        rename = "projectId",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub project_id: ::std::option::Option<::std::string::String>,
    ///Current configured reasoning effort when loaded, otherwise the latest persisted effort. Null when unset or unavailable. This is not per-turn execution telemetry.
    #[serde(
        rename = "reasoningEffort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reasoning_effort: ::std::option::Option<ReasoningEffort>,
    ///Unix timestamp (in seconds) used for thread recency ordering.
    #[serde(
        rename = "recencyAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub recency_at: ::std::option::Option<i64>,
    ///The independently persisted section selected for this thread, if any.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub section: ::std::option::Option<ThreadSection>,
    ///Unix timestamp in seconds when the thread entered its current section.
    #[serde(
        rename = "sectionEnteredAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub section_entered_at: ::std::option::Option<i64>,
    ///Session id shared by threads that belong to the same session tree.
    #[serde(rename = "sessionId")]
    pub session_id: ::std::string::String,
    ///Origin of the thread (CLI, VSCode, codex exec, codex app-server, etc.).
    pub source: SessionSource,
    ///Current runtime status for the thread.
    pub status: ThreadStatus,
    ///Optional analytics source classification for this thread.
    #[serde(
        rename = "threadSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thread_source: ::std::option::Option<ThreadSource>,
    ///Only populated on `thread/resume`, `thread/fork`, and `thread/read` (when `includeTurns` is true) responses. For all other responses and notifications returning a Thread, the turns field will be an empty list.
    pub turns: ::std::vec::Vec<Turn>,
    ///Unix timestamp (in seconds) when the thread was last updated.
    #[serde(rename = "updatedAt")]
    pub updated_at: i64,
}
///`ThreadActiveFlag`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadActiveFlag {
    #[serde(rename = "waitingOnApproval")]
    WaitingOnApproval,
    #[serde(rename = "waitingOnUserInput")]
    WaitingOnUserInput,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ThreadApproveGuardianDeniedActionParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadApproveGuardianDeniedActionParams {
    ///Serialized `codex_protocol::protocol::GuardianAssessmentEvent`.
    pub event: ::serde_json::Value,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadApproveGuardianDeniedActionResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadApproveGuardianDeniedActionResponse {}
///`ThreadArchiveParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadArchiveParams {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadArchiveResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadArchiveResponse {}
///`ThreadArchivedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadArchivedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///An independently persisted attachment associated with a thread.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadAttachment {
    #[serde(rename = "attachmentType")]
    pub attachment_type: ::std::string::String,
    #[serde(rename = "createdAt")]
    pub created_at: i64,
    pub id: ::std::string::String,
    #[serde(rename = "identityKey")]
    pub identity_key: ::std::string::String,
    pub payload: ::serde_json::Value,
}
///Result of attempting to associate an attachment with a thread.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadAttachmentAddOutcome {
    #[serde(rename = "created")]
    Created,
    #[serde(rename = "existing")]
    Existing,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///Parameters for creating or locating an attachment on its owning thread.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadAttachmentAddParams {
    #[serde(rename = "attachmentType")]
    pub attachment_type: ::std::string::String,
    #[serde(rename = "identityKey")]
    pub identity_key: ::std::string::String,
    pub payload: ::serde_json::Value,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///The created or existing attachment.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadAttachmentAddResponse {
    pub attachment: ThreadAttachment,
    pub outcome: ThreadAttachmentAddOutcome,
}
///Parameters for listing attachments from one thread.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadAttachmentListParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///One page of attachments associated with the requested thread.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadAttachmentListResponse {
    pub data: ::std::vec::Vec<ThreadAttachment>,
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///The persisted attachment change represented by a notification.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadAttachmentOperation {
    #[serde(rename = "created")]
    Created,
    #[serde(rename = "deleted")]
    Deleted,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///A thread that currently owns an attachment with the requested identity.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadAttachmentOwner {
    ///Whether the owning thread is archived, not whether it is currently executing a turn.
    pub archived: bool,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///Parameters for reverse lookup by attachment identity within this server's store.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadAttachmentOwnerListParams {
    ///Omitted or null returns all matches; false returns non-archived threads only.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub archived: ::std::option::Option<bool>,
    #[serde(rename = "attachmentType")]
    pub attachment_type: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    #[serde(rename = "identityKey")]
    pub identity_key: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
}
///One page of matching owners, including threads without their own user messages.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadAttachmentOwnerListResponse {
    pub data: ::std::vec::Vec<ThreadAttachmentOwner>,
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///Parameters for deleting an attachment by its stable thread-local identity.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadAttachmentRemoveParams {
    #[serde(rename = "attachmentType")]
    pub attachment_type: ::std::string::String,
    #[serde(rename = "identityKey")]
    pub identity_key: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///Successful deletion does not return additional attachment data.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadAttachmentRemoveResponse {}
///Notification published after a thread attachment is created or deleted.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadAttachmentUpdatedNotification {
    #[serde(rename = "attachmentId")]
    pub attachment_id: ::std::string::String,
    #[serde(rename = "attachmentType")]
    pub attachment_type: ::std::string::String,
    #[serde(rename = "identityKey")]
    pub identity_key: ::std::string::String,
    pub operation: ThreadAttachmentOperation,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadBackgroundTerminal`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadBackgroundTerminal {
    pub command: ::std::string::String,
    #[serde(
        rename = "cpuPercent",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cpu_percent: ::std::option::Option<f64>,
    pub cwd: LegacyAppPathString,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    #[serde(rename = "osPid", skip_serializing_if = "::std::option::Option::is_none")]
    pub os_pid: ::std::option::Option<u32>,
    #[serde(rename = "processId")]
    pub process_id: ::std::string::String,
    #[serde(rename = "rssKb", skip_serializing_if = "::std::option::Option::is_none")]
    pub rss_kb: ::std::option::Option<u64>,
}
///`ThreadBackgroundTerminalsCleanParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadBackgroundTerminalsCleanParams {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadBackgroundTerminalsCleanResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadBackgroundTerminalsCleanResponse {}
///`ThreadBackgroundTerminalsListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadBackgroundTerminalsListParams {
    ///Opaque pagination cursor returned by a previous call.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///Optional page size.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadBackgroundTerminalsListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadBackgroundTerminalsListResponse {
    pub data: ::std::vec::Vec<ThreadBackgroundTerminal>,
    ///Opaque cursor to pass to the next call to continue after the last item. If None, there are no more items to return.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`ThreadBackgroundTerminalsTerminateParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadBackgroundTerminalsTerminateParams {
    #[serde(rename = "processId")]
    pub process_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadBackgroundTerminalsTerminateResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadBackgroundTerminalsTerminateResponse {
    pub terminated: bool,
}
///`ThreadClosedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadClosedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadCompactStartParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadCompactStartParams {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadCompactStartResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadCompactStartResponse {}
///Parameters for `thread/decrement_elicitation`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadDecrementElicitationParams {
    ///Thread whose out-of-band elicitation counter should be decremented.
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///Response for `thread/decrement_elicitation`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadDecrementElicitationResponse {
    ///Current out-of-band elicitation count after the decrement.
    pub count: i64,
    ///Whether timeout accounting remains paused after applying the decrement.
    pub paused: bool,
}
///`ThreadDeleteParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadDeleteParams {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadDeleteResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadDeleteResponse {}
///`ThreadDeletedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadDeletedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///An environment selected by a loaded thread, independent of connection status.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadEnvironment {
    pub cwd: LegacyAppPathString,
    #[serde(rename = "environmentId")]
    pub environment_id: ::std::string::String,
    #[serde(rename = "runtimeWorkspaceRoots")]
    pub runtime_workspace_roots: ::std::vec::Vec<LegacyAppPathString>,
}
///Extra app-server data for a thread.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(transparent)]
pub struct ThreadExtra(
    pub ::serde_json::Map<::std::string::String, ::serde_json::Value>,
);
impl ::std::ops::Deref for ThreadExtra {
    type Target = ::serde_json::Map<::std::string::String, ::serde_json::Value>;
    fn deref(&self) -> &::serde_json::Map<::std::string::String, ::serde_json::Value> {
        &self.0
    }
}
impl ::std::convert::From<ThreadExtra>
for ::serde_json::Map<::std::string::String, ::serde_json::Value> {
    fn from(value: ThreadExtra) -> Self {
        value.0
    }
}
impl ::std::convert::From<::serde_json::Map<::std::string::String, ::serde_json::Value>>
for ThreadExtra {
    fn from(
        value: ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    ) -> Self {
        Self(value)
    }
}
/**There are two ways to fork a thread: 1. By thread_id: load the thread from disk by thread_id and fork it into a new thread. 2. By path: load the thread from disk by path and fork it into a new thread.

If using a non-empty path, the thread_id param will be ignored. Empty string path values are treated as absent.

Prefer using thread_id whenever possible.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadForkParams {
    #[serde(
        rename = "approvalPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approval_policy: ::std::option::Option<AskForApproval>,
    ///Override where approval requests are routed for review on this thread and subsequent turns.
    #[serde(
        rename = "approvalsReviewer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approvals_reviewer: ::std::option::Option<ApprovalsReviewer>,
    ///Persist the fork as an attached thread of its resolved source, hidden from ordinary lists. The source cannot be deleted while attached threads exist. Requires a paginated source and local storage; incompatible with ephemeral and deferGoalContinuation. Omitted or false creates an ordinary fork.
    #[serde(
        rename = "attachToSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attach_to_source: ::std::option::Option<bool>,
    #[serde(
        rename = "baseInstructions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_instructions: ::std::option::Option<::std::string::String>,
    ///Optional turn id to fork before, excluding that turn and all later turns. Cannot be combined with `last_turn_id`.
    #[serde(
        rename = "beforeTurnId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub before_turn_id: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    ///When true, carry the source thread's current goal into the fork without starting its initial automatic continuation. The next explicit turn owns the goal lifecycle, and normal automatic continuation resumes after it.
    #[serde(
        rename = "deferGoalContinuation",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub defer_goal_continuation: ::std::option::Option<bool>,
    #[serde(
        rename = "developerInstructions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub developer_instructions: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ephemeral: ::std::option::Option<bool>,
    ///When true, return only thread metadata and live fork state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after forking. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
    #[serde(
        rename = "excludeTurns",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exclude_turns: ::std::option::Option<bool>,
    ///Disable MCP servers in prediction mode when the inherited window uses incremental tools on Responses Lite. Requires `experimentalPredictionMode: true`.
    #[serde(
        rename = "experimentalDisablePredictionMcp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub experimental_disable_prediction_mcp: ::std::option::Option<bool>,
    ///Start from the loaded parent's effective config, tools, environments, and persisted history to maximize prompt-cache reuse. Requires a loaded, persisted parent and `ephemeral: true`. Enables `features.reasoning_effort_override` on the fork. Only `config.thread_unload_delay_secs` may override the inherited config. Cannot be combined with `path`, `lastTurnId`, or `beforeTurnId`.
    #[serde(
        rename = "experimentalPredictionMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub experimental_prediction_mode: ::std::option::Option<bool>,
    /**Optional last turn id to fork through, inclusive.

When specified, turns after `last_turn_id` are omitted from the fork. The referenced turn cannot be in progress.*/
    #[serde(
        rename = "lastTurnId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_turn_id: ::std::option::Option<::std::string::String>,
    ///Configuration overrides for the forked thread, if any.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "modelProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_provider: ::std::option::Option<::std::string::String>,
    ///[UNSTABLE] Specify the rollout path to fork from. If specified, the thread_id param will be ignored.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub path: ::std::option::Option<::std::string::String>,
    ///Named profile id for the forked thread. Cannot be combined with `sandbox`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<::std::string::String>,
    ///Replace the thread's runtime workspace roots. Paths must be absolute.
    #[serde(
        rename = "runtimeWorkspaceRoots",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_workspace_roots: ::std::option::Option<::std::vec::Vec<AbsolutePathBuf>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sandbox: ::std::option::Option<SandboxMode>,
    #[serde(
        rename = "serviceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    ///Optional client-supplied analytics source classification for this forked thread.
    #[serde(
        rename = "threadSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thread_source: ::std::option::Option<ThreadSource>,
}
///`ThreadForkResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadForkResponse {
    ///Named or implicit built-in profile that produced the active permissions, when known.
    #[serde(
        rename = "activePermissionProfile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub active_permission_profile: ::std::option::Option<ActivePermissionProfile>,
    #[serde(rename = "approvalPolicy")]
    pub approval_policy: AskForApproval,
    ///Reviewer currently used for approval requests on this thread.
    #[serde(rename = "approvalsReviewer")]
    pub approvals_reviewer: ApprovalsReviewer,
    pub cwd: AbsolutePathBuf,
    ///Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
    #[serde(
        rename = "disabledPluginIds",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub disabled_plugin_ids: ::std::vec::Vec<::std::string::String>,
    ///Environment-native paths to instruction source files currently loaded for this thread.
    #[serde(
        rename = "instructionSources",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub instruction_sources: ::std::vec::Vec<LegacyAppPathString>,
    pub model: ::std::string::String,
    #[serde(rename = "modelProvider")]
    pub model_provider: ::std::string::String,
    ///@deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
    #[serde(
        rename = "multiAgentMode",
        default = "defaults::thread_fork_response_multi_agent_mode"
    )]
    pub multi_agent_mode: MultiAgentMode,
    #[serde(
        rename = "reasoningEffort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reasoning_effort: ::std::option::Option<ReasoningEffort>,
    ///Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
    #[serde(
        rename = "runtimeWorkspaceRoots",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub runtime_workspace_roots: ::std::vec::Vec<AbsolutePathBuf>,
    ///Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
    pub sandbox: SandboxPolicy,
    #[serde(
        rename = "serviceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier: ::std::option::Option<::std::string::String>,
    pub thread: Thread,
}
///`ThreadGoal`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadGoal {
    #[serde(rename = "createdAt")]
    pub created_at: i64,
    pub objective: ::std::string::String,
    pub status: ThreadGoalStatus,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "timeUsedSeconds")]
    pub time_used_seconds: i64,
    #[serde(
        rename = "tokenBudget",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_budget: ::std::option::Option<i64>,
    #[serde(rename = "tokensUsed")]
    pub tokens_used: i64,
    #[serde(rename = "updatedAt")]
    pub updated_at: i64,
}
///`ThreadGoalClearParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadGoalClearParams {
    ///Missing provenance does not supply user authorization.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub origin: ::std::option::Option<ThreadGoalMutationOrigin>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadGoalClearResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadGoalClearResponse {
    pub cleared: bool,
}
///`ThreadGoalClearedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadGoalClearedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadGoalGetParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadGoalGetParams {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadGoalGetResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadGoalGetResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub goal: ::std::option::Option<ThreadGoal>,
}
///Distinguishes explicit user actions from automatic goal lifecycle mutations.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadGoalMutationOrigin {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "automatic")]
    Automatic,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ThreadGoalSetParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadGoalSetParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub objective: ::std::option::Option<::std::string::String>,
    ///Missing provenance does not supply user authorization.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub origin: ::std::option::Option<ThreadGoalMutationOrigin>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<ThreadGoalStatus>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(
        rename = "tokenBudget",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub token_budget: ::std::option::Option<i64>,
}
///`ThreadGoalSetResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadGoalSetResponse {
    pub goal: ThreadGoal,
}
///`ThreadGoalStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadGoalStatus {
    #[serde(rename = "active")]
    Active,
    #[serde(rename = "paused")]
    Paused,
    #[serde(rename = "blocked")]
    Blocked,
    #[serde(rename = "usageLimited")]
    UsageLimited,
    #[serde(rename = "budgetLimited")]
    BudgetLimited,
    #[serde(rename = "complete")]
    Complete,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ThreadGoalUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadGoalUpdatedNotification {
    pub goal: ThreadGoal,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId", skip_serializing_if = "::std::option::Option::is_none")]
    pub turn_id: ::std::option::Option<::std::string::String>,
}
///`ThreadGuardianAssessment`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadGuardianAssessment {
    pub outcome: GuardianAssessmentOutcome,
    pub rationale: ::std::string::String,
    #[serde(rename = "riskLevel")]
    pub risk_level: GuardianRiskLevel,
    #[serde(rename = "userAuthorization")]
    pub user_authorization: GuardianUserAuthorization,
}
///Calling `thread/guardianReview` subscribes the connection to the thread. The subscription remains after the review completes, keeping the thread loaded until the client calls `thread/unsubscribe` or disconnects.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadGuardianReviewParams {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadGuardianReviewResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadGuardianReviewResponse {
    ///Null when current policy or a remembered approval skips review.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub assessment: ::std::option::Option<ThreadGuardianAssessment>,
    #[serde(rename = "callId")]
    pub call_id: ::std::string::String,
}
///`ThreadHistoryMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadHistoryMode {
    #[serde(rename = "legacy")]
    Legacy,
    #[serde(rename = "paginated")]
    Paginated,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ThreadId`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct ThreadId(pub ::std::string::String);
impl ::std::ops::Deref for ThreadId {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ThreadId> for ::std::string::String {
    fn from(value: ThreadId) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for ThreadId {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for ThreadId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for ThreadId {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///Parameters for `thread/increment_elicitation`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadIncrementElicitationParams {
    ///Thread whose out-of-band elicitation counter should be incremented.
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///Response for `thread/increment_elicitation`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadIncrementElicitationResponse {
    ///Current out-of-band elicitation count after the increment.
    pub count: i64,
    ///Whether timeout accounting is paused after applying the increment.
    pub paused: bool,
}
///`ThreadInjectItemsParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadInjectItemsParams {
    ///Raw Responses API items to append to the thread's model-visible history.
    pub items: ::std::vec::Vec<::serde_json::Value>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadInjectItemsResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadInjectItemsResponse {}
///A thread item and its recorded lifecycle times. The payload stays flat on the wire.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ThreadItem {
    ///UserMessageThreadItem
    #[serde(rename = "userMessage")]
    UserMessage {
        #[serde(
            rename = "clientId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        client_id: ::std::option::Option<::std::string::String>,
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        content: ::std::vec::Vec<UserInput>,
        id: ::std::string::String,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
    },
    ///HookPromptThreadItem
    #[serde(rename = "hookPrompt")]
    HookPrompt {
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        fragments: ::std::vec::Vec<HookPromptFragment>,
        id: ::std::string::String,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
    },
    ///AgentMessageThreadItem
    #[serde(rename = "agentMessage")]
    AgentMessage {
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        delivery: ::std::option::Option<AgentMessageDelivery>,
        id: ::std::string::String,
        #[serde(
            rename = "memoryCitation",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        memory_citation: ::std::option::Option<MemoryCitation>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        moderation: ::std::option::Option<AgentMessageModeration>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        phase: ::std::option::Option<MessagePhase>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        questions: ::std::option::Option<::std::vec::Vec<AsyncUserInputQuestion>>,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
        text: ::std::string::String,
    },
    ///FunctionCallOutputThreadItem
    #[serde(rename = "functionCallOutput")]
    FunctionCallOutput {
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        id: ::std::string::String,
        name: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        namespace: ::std::option::Option<::std::string::String>,
        output: FunctionCallOutputBody,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
    },
    /**PlanThreadItem

EXPERIMENTAL - proposed plan item content. The completed plan item is authoritative and may not match the concatenation of `PlanDelta` text.*/
    #[serde(rename = "plan")]
    Plan {
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        id: ::std::string::String,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
        text: ::std::string::String,
    },
    ///ReasoningThreadItem
    #[serde(rename = "reasoning")]
    Reasoning {
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        content: ::std::vec::Vec<::std::string::String>,
        id: ::std::string::String,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        summary: ::std::vec::Vec<::std::string::String>,
    },
    ///CommandExecutionThreadItem
    #[serde(rename = "commandExecution")]
    CommandExecution {
        ///The command's output, aggregated from stdout and stderr.
        #[serde(
            rename = "aggregatedOutput",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        aggregated_output: ::std::option::Option<::std::string::String>,
        ///The command to be executed.
        command: ::std::string::String,
        ///A best-effort parsing of the command to understand the action(s) it will perform. This returns a list of CommandAction objects because a single shell command may be composed of many commands piped together.
        #[serde(rename = "commandActions")]
        command_actions: ::std::vec::Vec<CommandAction>,
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        ///The command's working directory.
        cwd: LegacyAppPathString,
        ///The duration of the command execution in milliseconds.
        #[serde(
            rename = "durationMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        duration_ms: ::std::option::Option<i64>,
        ///The command's exit code.
        #[serde(
            rename = "exitCode",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        exit_code: ::std::option::Option<i32>,
        id: ::std::string::String,
        ///Trusted first-party plugin id when this command resolves to one plugin script.
        #[serde(
            rename = "pluginId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        plugin_id: ::std::option::Option<::std::string::String>,
        ///Identifier for the underlying PTY process (when available).
        #[serde(
            rename = "processId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        process_id: ::std::option::Option<::std::string::String>,
        ///Safe plugin-relative path when this command resolves to one plugin script.
        #[serde(
            rename = "scriptPath",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        script_path: ::std::option::Option<::std::string::String>,
        #[serde(default = "defaults::thread_item_command_execution_source")]
        source: CommandExecutionSource,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
        status: CommandExecutionStatus,
    },
    ///FileChangeThreadItem
    #[serde(rename = "fileChange")]
    FileChange {
        changes: ::std::vec::Vec<FileUpdateChange>,
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        id: ::std::string::String,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
        status: PatchApplyStatus,
    },
    ///McpToolCallThreadItem
    #[serde(rename = "mcpToolCall")]
    McpToolCall {
        #[serde(
            rename = "appContext",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        app_context: ::std::option::Option<McpToolCallAppContext>,
        arguments: ::serde_json::Value,
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        ///The duration of the MCP tool call in milliseconds.
        #[serde(
            rename = "durationMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        duration_ms: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        error: ::std::option::Option<McpToolCallError>,
        id: ::std::string::String,
        ///Legacy compatibility field; prefer `mcpAppUi.resourceUri` when available.
        #[serde(
            rename = "mcpAppResourceUri",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        mcp_app_resource_uri: ::std::option::Option<::std::string::String>,
        ///Presentation captured from the invoked descriptor; absent in older history.
        #[serde(
            rename = "mcpAppUi",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        mcp_app_ui: ::std::option::Option<McpAppUi>,
        #[serde(
            rename = "pluginId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        plugin_id: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "readOnlyHint",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        read_only_hint: ::std::option::Option<bool>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        result: ::std::option::Option<McpToolCallResult>,
        server: ::std::string::String,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
        status: McpToolCallStatus,
        tool: ::std::string::String,
    },
    ///DynamicToolCallThreadItem
    #[serde(rename = "dynamicToolCall")]
    DynamicToolCall {
        arguments: ::serde_json::Value,
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        #[serde(
            rename = "contentItems",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        content_items: ::std::option::Option<
            ::std::vec::Vec<DynamicToolCallOutputContentItem>,
        >,
        ///The duration of the dynamic tool call in milliseconds.
        #[serde(
            rename = "durationMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        duration_ms: ::std::option::Option<i64>,
        id: ::std::string::String,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        namespace: ::std::option::Option<::std::string::String>,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
        status: DynamicToolCallStatus,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        success: ::std::option::Option<bool>,
        tool: ::std::string::String,
    },
    ///CollabAgentToolCallThreadItem
    #[serde(rename = "collabAgentToolCall")]
    CollabAgentToolCall {
        ///Last known status of the target agents, when available.
        #[serde(rename = "agentsStates")]
        agents_states: ::std::collections::HashMap<
            ::std::string::String,
            CollabAgentState,
        >,
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        ///Unique identifier for this collab tool call.
        id: ::std::string::String,
        ///Model requested for the spawned agent, when applicable.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        model: ::std::option::Option<::std::string::String>,
        ///Prompt text sent as part of the collab tool call, when available.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        prompt: ::std::option::Option<::std::string::String>,
        ///Reasoning effort requested for the spawned agent, when applicable.
        #[serde(
            rename = "reasoningEffort",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        reasoning_effort: ::std::option::Option<ReasoningEffort>,
        ///Thread ID of the receiving agent, when applicable. In case of spawn operation, this corresponds to the newly spawned agent.
        #[serde(rename = "receiverThreadIds")]
        receiver_thread_ids: ::std::vec::Vec<::std::string::String>,
        ///Thread ID of the agent issuing the collab request.
        #[serde(rename = "senderThreadId")]
        sender_thread_id: ::std::string::String,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
        ///Current status of the collab tool call.
        status: CollabAgentToolCallStatus,
        ///Name of the collab tool that was invoked.
        tool: CollabAgentTool,
    },
    ///SubAgentActivityThreadItem
    #[serde(rename = "subAgentActivity")]
    SubAgentActivity {
        #[serde(rename = "agentPath")]
        agent_path: ::std::string::String,
        #[serde(rename = "agentThreadId")]
        agent_thread_id: ::std::string::String,
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        id: ::std::string::String,
        kind: SubAgentActivityKind,
        ///Resolved model at sub-agent creation; absent from older records and other activities.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        model: ::std::option::Option<::std::string::String>,
        ///Resolved reasoning effort at sub-agent creation, when known.
        #[serde(
            rename = "reasoningEffort",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        reasoning_effort: ::std::option::Option<ReasoningEffort>,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
    },
    ///WebSearchThreadItem
    #[serde(rename = "webSearch")]
    WebSearch {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        action: ::std::option::Option<WebSearchAction>,
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        id: ::std::string::String,
        query: ::std::string::String,
        /**Structured search results returned out-of-band by standalone web search.

These stay as opaque JSON at the extension/app-server boundary so new result fields and result types can pass through without a Codex release.*/
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        results: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
    },
    ///ImageViewThreadItem
    #[serde(rename = "imageView")]
    ImageView {
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        id: ::std::string::String,
        path: LegacyAppPathString,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
    },
    /**SleepThreadItem

Display item emitted by the interruptible `clock.sleep` tool.*/
    #[serde(rename = "sleep")]
    Sleep {
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        #[serde(rename = "durationMs")]
        duration_ms: u64,
        id: ::std::string::String,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
    },
    /**ImageGenerationThreadItem

Either inline generated-image data or its durable attachment-store identity.

`File` must remain first so rollouts written during the migration, which contain both an empty `result` and a `fileId`, retain the file reference when deserialized.*/
    #[serde(rename = "imageGeneration")]
    ImageGeneration {
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        failure: ::std::option::Option<ImageGenerationFailure>,
        ///One of `fileId`, `result` is set.
        #[serde(
            rename = "fileId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        file_id: ::std::option::Option<::std::string::String>,
        ///Image generation identifier for the generated image, when provided by the image backend.
        #[serde(
            rename = "generationId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        generation_id: ::std::option::Option<::std::string::String>,
        id: ::std::string::String,
        ///Observed local inputs for a completed generation, absent on older items.
        #[serde(
            rename = "inputImages",
            default,
            skip_serializing_if = "::std::vec::Vec::is_empty"
        )]
        input_images: ::std::vec::Vec<ImageGenerationInputImage>,
        ///One of `fileId`, `result` is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        result: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "revisedPrompt",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        revised_prompt: ::std::option::Option<::std::string::String>,
        #[serde(
            rename = "savedPath",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        saved_path: ::std::option::Option<AbsolutePathBuf>,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
        status: ::std::string::String,
        #[serde(
            rename = "transparentBackground",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        transparent_background: ::std::option::Option<bool>,
    },
    ///EnteredReviewModeThreadItem
    #[serde(rename = "enteredReviewMode")]
    EnteredReviewMode {
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        id: ::std::string::String,
        review: ::std::string::String,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
    },
    ///ExitedReviewModeThreadItem
    #[serde(rename = "exitedReviewMode")]
    ExitedReviewMode {
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        id: ::std::string::String,
        review: ::std::string::String,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
    },
    ///ContextCompactionThreadItem
    #[serde(rename = "contextCompaction")]
    ContextCompaction {
        ///Unix timestamp in milliseconds when the item completed, if recorded.
        #[serde(
            rename = "completedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        completed_at_ms: ::std::option::Option<i64>,
        id: ::std::string::String,
        ///Unix timestamp in milliseconds when the item started, if recorded.
        #[serde(
            rename = "startedAtMs",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        started_at_ms: ::std::option::Option<i64>,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`ThreadItemEntry`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadItemEntry {
    ///Unix timestamp (milliseconds) when the item completed, if recorded by the producer.
    #[serde(
        rename = "completedAtMs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub completed_at_ms: ::std::option::Option<i64>,
    pub item: ThreadItem,
    ///The saved output was omitted. Fetch the complete item with `thread/items/read`.
    #[serde(
        rename = "outputDeferred",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output_deferred: ::std::option::Option<bool>,
    ///Unix timestamp (milliseconds) when the item started, if recorded by the producer.
    #[serde(
        rename = "startedAtMs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub started_at_ms: ::std::option::Option<i64>,
    ///Turn containing this item.
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`ThreadItemOutputDeferral`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadItemOutputDeferral {
    ///Defer nonempty output from successful commands.
    #[serde(
        rename = "commandExecution",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub command_execution: ::std::option::Option<bool>,
    ///Defer nonempty plain-text results from successful MCP tool calls.
    #[serde(
        rename = "mcpToolCall",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mcp_tool_call: ::std::option::Option<bool>,
}
///An exclusive item position within the requested visible turn.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type", content = "itemId")]
#[non_exhaustive]
pub enum ThreadItemsListAnchor {
    ///ItemThreadItemsListAnchor
    #[serde(rename = "item")]
    Item(::std::string::String),
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///Starting position for an item-history page.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum ThreadItemsListCursor {
    String(::std::string::String),
    ThreadItemsListAnchor(ThreadItemsListAnchor),
}
impl ::std::convert::From<ThreadItemsListAnchor> for ThreadItemsListCursor {
    fn from(value: ThreadItemsListAnchor) -> Self {
        Self::ThreadItemsListAnchor(value)
    }
}
///`ThreadItemsListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadItemsListParams {
    ///Opaque continuation cursor or an exclusive item anchor in the requested visible turn. An item anchor requires a non-empty `turnId`; ascending (the default) returns items after it, and descending returns items before it. Continue with the returned string cursor.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<ThreadItemsListCursor>,
    ///For a single turn, choose which saved outputs to fetch separately by item ID.
    #[serde(
        rename = "deferOutput",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub defer_output: ::std::option::Option<ThreadItemOutputDeferral>,
    ///Optional item page size.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    ///Optional item pagination direction; defaults to ascending.
    #[serde(
        rename = "sortDirection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sort_direction: ::std::option::Option<SortDirection>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    ///Optional turn id to filter by. When omitted, returns items across the thread.
    #[serde(rename = "turnId", skip_serializing_if = "::std::option::Option::is_none")]
    pub turn_id: ::std::option::Option<::std::string::String>,
}
///`ThreadItemsListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadItemsListResponse {
    ///Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one item.
    #[serde(
        rename = "backwardsCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backwards_cursor: ::std::option::Option<::std::string::String>,
    pub data: ::std::vec::Vec<ThreadItemEntry>,
    ///Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///EXPERIMENTAL - retrieve a bounded set of persisted items from one turn.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadItemsReadParams {
    ///Item IDs to retrieve. Supply 1 to 100 IDs.
    #[serde(rename = "itemIds")]
    pub item_ids: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///EXPERIMENTAL - persisted items returned in canonical stored order.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadItemsReadResponse {
    pub data: ::std::vec::Vec<ThreadItemEntry>,
}
///`ThreadListCwdFilter`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(untagged)]
pub enum ThreadListCwdFilter {
    String(::std::string::String),
    Array(::std::vec::Vec<::std::string::String>),
}
impl ::std::convert::From<::std::vec::Vec<::std::string::String>>
for ThreadListCwdFilter {
    fn from(value: ::std::vec::Vec<::std::string::String>) -> Self {
        Self::Array(value)
    }
}
///`ThreadListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadListParams {
    ///Optional ancestor thread filter. Returns spawned descendants at any depth, excluding the ancestor itself. Mutually exclusive with `parentThreadId`.
    #[serde(
        rename = "ancestorThreadId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ancestor_thread_id: ::std::option::Option<::std::string::String>,
    ///Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub archived: ::std::option::Option<bool>,
    ///Return only persistent threads attached to this thread, including empty threads. Mutually exclusive with parentThreadId and ancestorThreadId. Omitting this filter keeps attached threads hidden from ordinary listings.
    #[serde(
        rename = "attachedToThreadId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attached_to_thread_id: ::std::option::Option<::std::string::String>,
    ///Show local history visible to the current ChatGPT account. Defaults to false.
    #[serde(
        rename = "currentAccountOnly",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_account_only: ::std::option::Option<bool>,
    ///Opaque pagination cursor returned by a previous call.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///Optional cwd filter or filters; when set, only threads whose session cwd exactly matches one of these paths are returned.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<ThreadListCwdFilter>,
    ///Thread IDs to exclude before applying the result limit. Up to 100 entries; invalid IDs or a larger list are rejected, never truncated. Send the same exclusions on each page. Omitted, null, or empty means no exclusions.
    #[serde(
        rename = "excludedThreadIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub excluded_thread_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    ///Include persistent threads attached to a parent when searching by title.
    #[serde(
        rename = "includeAttachedThreads",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_attached_threads: ::std::option::Option<bool>,
    ///Optional page size; defaults to a reasonable server-side value.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    ///Optional provider filter; when set, only sessions recorded under these providers are returned. When present but empty, includes all providers.
    #[serde(
        rename = "modelProviders",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_providers: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ///Optional originator allowlist, matching any supplied value exactly. Supported by hosted backends only; the local app-server rejects a nonempty list. Omitted or empty lists leave originators unrestricted.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub originators: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    ///Optional direct parent thread filter. Mutually exclusive with `ancestorThreadId`.
    #[serde(
        rename = "parentThreadId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parent_thread_id: ::std::option::Option<::std::string::String>,
    ///Omit to include every project, set to null for unassigned threads, or provide a project ID to return only threads in that project.
    #[serde(
        rename = "projectId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_id: ::std::option::Option<::std::string::String>,
    ///Optional substring filter for the extracted thread title.
    #[serde(
        rename = "searchTerm",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub search_term: ::std::option::Option<::std::string::String>,
    ///Omit to include every section, set to `null` for unsectioned threads, or provide a section ID to return only threads in that section.
    #[serde(
        rename = "sectionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub section_id: ::std::option::Option<::std::string::String>,
    ///Optional sort direction; defaults to descending (newest first).
    #[serde(
        rename = "sortDirection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sort_direction: ::std::option::Option<SortDirection>,
    ///Optional sort key; defaults to created_at.
    #[serde(rename = "sortKey", skip_serializing_if = "::std::option::Option::is_none")]
    pub sort_key: ::std::option::Option<ThreadSortKey>,
    ///Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources.
    #[serde(
        rename = "sourceKinds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_kinds: ::std::option::Option<::std::vec::Vec<ThreadSourceKind>>,
    ///If true, return from the state DB without scanning JSONL rollouts to repair thread metadata. Omitted or false preserves scan-and-repair behavior.
    #[serde(
        rename = "useStateDbOnly",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub use_state_db_only: ::std::option::Option<bool>,
}
///`ThreadListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadListResponse {
    ///Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped.
    #[serde(
        rename = "backwardsCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backwards_cursor: ::std::option::Option<::std::string::String>,
    pub data: ::std::vec::Vec<Thread>,
    ///Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
    ///Local receipts for eligible threads on this page, keyed by thread ID. Null means durable read state is unavailable; an absent key means that row is ineligible.
    #[serde(
        rename = "readStates",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub read_states: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ThreadReadState>,
    >,
}
///`ThreadLoadedListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadLoadedListParams {
    ///Opaque pagination cursor returned by a previous call.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///Optional page size; defaults to no limit.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
}
///`ThreadLoadedListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadLoadedListResponse {
    ///Thread ids for sessions currently loaded in memory.
    pub data: ::std::vec::Vec<::std::string::String>,
    ///Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`ThreadMemoryMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadMemoryMode {
    #[serde(rename = "enabled")]
    Enabled,
    #[serde(rename = "disabled")]
    Disabled,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ThreadMemoryModeSetParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadMemoryModeSetParams {
    pub mode: ThreadMemoryMode,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadMemoryModeSetResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadMemoryModeSetResponse {}
///`ThreadMemoryReadParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadMemoryReadParams {
    ///The thread must already be started or resumed.
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadMemoryReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadMemoryReadResponse {
    ///Summary from the thread's selected memory version. Null when memory use is disabled or the selected summary is missing, unreadable, or blank.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub summary: ::std::option::Option<::std::string::String>,
}
///`ThreadMetadataGitInfoUpdateParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadMetadataGitInfoUpdateParams {
    ///Omit to leave the stored branch unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub branch: ::std::option::Option<::std::string::String>,
    ///Omit to leave the stored origin URL unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
    #[serde(
        rename = "originUrl",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub origin_url: ::std::option::Option<::std::string::String>,
    ///Omit to leave the stored commit unchanged, set to `null` to clear it, or provide a non-empty string to replace it.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sha: ::std::option::Option<::std::string::String>,
}
///`ThreadMetadataUpdateParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadMetadataUpdateParams {
    ///Save the client's Daybreak choice for this persistent thread. Omitted or null leaves it unchanged. This does not select a turn's `cyberAccessProgram` or grant access.
    #[serde(
        rename = "daybreakEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub daybreak_enabled: ::std::option::Option<bool>,
    ///Patch the stored Git metadata for this thread. Omit a field to leave it unchanged, set it to `null` to clear it, or provide a string to replace the stored value.
    #[serde(rename = "gitInfo", skip_serializing_if = "::std::option::Option::is_none")]
    pub git_info: ::std::option::Option<ThreadMetadataGitInfoUpdateParams>,
    ///Omit to leave the project unchanged, use an empty string to clear it, or provide an existing project ID to assign it.
    #[serde(
        rename = "projectId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadMetadataUpdateResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadMetadataUpdateResponse {
    pub thread: Thread,
}
///`ThreadNameUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadNameUpdatedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(
        rename = "threadName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thread_name: ::std::option::Option<::std::string::String>,
}
///`ThreadPredictionRequestParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadPredictionRequestParams {
    #[serde(rename = "sourceTurnId")]
    pub source_turn_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadPredictionRequestResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadPredictionRequestResponse {}
///`ThreadPredictionResult`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ThreadPredictionResult {
    ///CompletedThreadPredictionResult
    #[serde(rename = "completed")]
    Completed {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        text: ::std::option::Option<::std::string::String>,
    },
    #[serde(rename = "failed")]
    Failed,
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`ThreadPredictionUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadPredictionUpdatedNotification {
    pub result: ThreadPredictionResult,
    #[serde(rename = "sourceTurnId")]
    pub source_turn_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///Prepare an approved plan for the first turn of a fresh thread.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadPrepareApprovedPlanParams {
    ///Absolute path to the optional app-server copy of the plan.
    #[serde(
        rename = "attachmentPath",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub attachment_path: ::std::option::Option<::std::string::String>,
    pub markdown: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadPrepareApprovedPlanResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadPrepareApprovedPlanResponse {
    ///Initial user prompt. If no attachment is readable, the plan is already in the thread's context.
    pub prompt: ::std::string::String,
}
///`ThreadProjectUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadProjectUpdatedNotification {
    #[serde(
        rename = "projectId",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub project_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadQueueAddParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueAddParams {
    #[serde(rename = "clientUserMessageId")]
    pub client_user_message_id: ::std::string::String,
    pub input: ::std::vec::Vec<UserInput>,
    ///ResponsesAPI metadata captured from the client submitting this input.
    #[serde(
        rename = "responsesapiClientMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub responsesapi_client_metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadQueueAddResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueAddResponse {
    #[serde(rename = "queuedSubmission")]
    pub queued_submission: QueuedSubmission,
}
///`ThreadQueueChangedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueChangedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadQueueDeleteParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueDeleteParams {
    #[serde(rename = "queuedSubmissionId")]
    pub queued_submission_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadQueueDeleteResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueDeleteResponse {
    pub deleted: bool,
}
///`ThreadQueueListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueListParams {
    ///Opaque pagination cursor returned by a previous call.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///Optional page size; defaults to the standard thread-list page size.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadQueueListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueListResponse {
    pub data: ::std::vec::Vec<QueuedSubmission>,
    ///Opaque cursor for the next page, or `null` when no submissions remain.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`ThreadQueueReorderParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueReorderParams {
    #[serde(rename = "queuedSubmissionIds")]
    pub queued_submission_ids: ::std::vec::Vec<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadQueueReorderResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadQueueReorderResponse {}
///`ThreadQueueStartParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueStartParams {
    #[serde(
        rename = "queuedSubmissionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub queued_submission_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadQueueStartResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueStartResponse {
    pub turn: Turn,
}
///`ThreadQueueUpdateParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueUpdateParams {
    pub input: ::std::vec::Vec<UserInput>,
    #[serde(rename = "queuedSubmissionId")]
    pub queued_submission_id: ::std::string::String,
    ///Non-empty metadata replaces the input's metadata; omission or an empty map preserves it.
    #[serde(
        rename = "responsesapiClientMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub responsesapi_client_metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadQueueUpdateResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadQueueUpdateResponse {
    #[serde(rename = "queuedSubmission")]
    pub queued_submission: QueuedSubmission,
}
///`ThreadReadParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadReadParams {
    ///When true, include turns and their items from rollout history. Full-history hydration is deprecated for paginated threads; prefer a metadata-only read and page with `thread/turns/list` and `thread/items/list`.
    #[serde(
        rename = "includeTurns",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_turns: ::std::option::Option<bool>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadReadResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadReadResponse {
    ///Local receipt. Null means this thread's durable read state is unavailable.
    #[serde(
        rename = "readState",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub read_state: ::std::option::Option<ThreadReadState>,
    pub thread: Thread,
}
///The first unread position in a durable local thread. A null position means read. The opaque revision guards edits against activity or marks the caller has not seen.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadReadState {
    #[serde(
        rename = "firstUnread",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub first_unread: ::std::option::Option<ThreadUnreadPosition>,
    pub revision: ::std::string::String,
}
///`ThreadReadStateChangedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadReadStateChangedNotification {
    #[serde(rename = "readState")]
    pub read_state: ThreadReadState,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadReadStateOperation`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ThreadReadStateOperation {
    #[serde(rename = "read")]
    Read,
    #[serde(rename = "unread")]
    Unread,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ThreadReadStateUpdateParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadReadStateUpdateParams {
    ///Revision of the row or transcript actually seen. Conflicts require a fresh user action.
    #[serde(rename = "expectedRevision")]
    pub expected_revision: ::std::string::String,
    pub operation: ThreadReadStateOperation,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadReadStateUpdateResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadReadStateUpdateResponse {
    #[serde(rename = "readState")]
    pub read_state: ThreadReadState,
}
///EXPERIMENTAL - append audio input to thread realtime.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeAppendAudioParams {
    pub audio: ThreadRealtimeAudioChunk,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - response for appending realtime audio input.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadRealtimeAppendAudioResponse {}
///EXPERIMENTAL - append speakable text to thread realtime.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeAppendSpeechParams {
    pub text: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - response for appending realtime speech.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadRealtimeAppendSpeechResponse {}
///EXPERIMENTAL - append text input to thread realtime.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeAppendTextParams {
    #[serde(default = "defaults::thread_realtime_append_text_params_role")]
    pub role: ConversationTextRole,
    pub text: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - response for appending realtime text input.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadRealtimeAppendTextResponse {}
///EXPERIMENTAL - thread realtime audio chunk.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeAudioChunk {
    pub data: ::std::string::String,
    #[serde(rename = "itemId", skip_serializing_if = "::std::option::Option::is_none")]
    pub item_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "numChannels")]
    pub num_channels: u16,
    #[serde(rename = "sampleRate")]
    pub sample_rate: u32,
    #[serde(
        rename = "samplesPerChannel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub samples_per_channel: ::std::option::Option<u32>,
}
///EXPERIMENTAL - how an existing agent item appears in a realtime conversation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type", content = "index")]
#[non_exhaustive]
pub enum ThreadRealtimeBemItemPresentation {
    #[serde(rename = "wholeItem")]
    WholeItem,
    #[serde(rename = "inlineMarkdown")]
    InlineMarkdown,
    ///InlineVisualizationThreadRealtimeBemItemPresentation
    #[serde(rename = "inlineVisualization")]
    InlineVisualization(u32),
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
impl ::std::convert::From<u32> for ThreadRealtimeBemItemPresentation {
    fn from(value: u32) -> Self {
        Self::InlineVisualization(value)
    }
}
///EXPERIMENTAL - emitted when thread realtime transport closes.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeClosedNotification {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub reason: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - emitted when thread realtime encounters an error.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeErrorNotification {
    pub message: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - role-bearing text item included when a realtime V3 session starts.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeInitialItem {
    pub role: ConversationTextRole,
    pub text: ::std::string::String,
}
///EXPERIMENTAL - a thread-scoped realtime item in the canonical timeline.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ThreadRealtimeItem {
    ///RealtimeSessionStartedThreadRealtimeItem
    #[serde(rename = "realtimeSessionStarted")]
    RealtimeSessionStarted {
        id: ::std::string::String,
        #[serde(rename = "realtimeSessionId")]
        realtime_session_id: ::std::string::String,
    },
    ///TranscriptSegmentThreadRealtimeItem
    #[serde(rename = "transcriptSegment")]
    TranscriptSegment {
        id: ::std::string::String,
        #[serde(rename = "realtimeSessionId")]
        realtime_session_id: ::std::string::String,
        role: ThreadRealtimeTranscriptRole,
        text: ::std::string::String,
    },
    ///BemItemPromotedThreadRealtimeItem
    #[serde(rename = "bemItemPromoted")]
    BemItemPromoted {
        id: ::std::string::String,
        item_id: ::std::string::String,
        presentation: ThreadRealtimeBemItemPresentation,
        #[serde(rename = "realtimeSessionId")]
        realtime_session_id: ::std::string::String,
        turn_id: ::std::string::String,
    },
    ///RealtimeSessionClosedThreadRealtimeItem
    #[serde(rename = "realtimeSessionClosed")]
    RealtimeSessionClosed {
        id: ::std::string::String,
        outcome: ThreadRealtimeSessionOutcome,
        #[serde(rename = "realtimeSessionId")]
        realtime_session_id: ::std::string::String,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///EXPERIMENTAL - raw non-audio thread realtime item emitted by the backend.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeItemAddedNotification {
    pub item: ::serde_json::Value,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - a realtime timeline item published after canonical commit.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeItemCompletedNotification {
    pub item: ThreadRealtimeItem,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - a realtime timeline item started before its content streams.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeItemStartedNotification {
    pub item: ThreadRealtimeItem,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - text appended to an active realtime transcript item.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeItemTranscriptDeltaNotification {
    pub delta: ::std::string::String,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - list voices supported by thread realtime.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadRealtimeListVoicesParams {}
///EXPERIMENTAL - response for listing supported realtime voices.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeListVoicesResponse {
    pub voices: RealtimeVoicesList,
}
///EXPERIMENTAL - streamed output audio emitted by thread realtime.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeOutputAudioDeltaNotification {
    pub audio: ThreadRealtimeAudioChunk,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - emitted with the remote SDP for a WebRTC realtime session.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeSdpNotification {
    pub sdp: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadRealtimeSessionOutcome`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadRealtimeSessionOutcome {
    #[serde(rename = "ended")]
    Ended,
    #[serde(rename = "failed")]
    Failed,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///EXPERIMENTAL - start a thread-scoped realtime session.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeStartParams {
    ///Relays public reasoning summaries as quiet context for realtime V3 delegations. Defaults to false.
    #[serde(
        rename = "backendReasoningStatus",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backend_reasoning_status: ::std::option::Option<bool>,
    ///Leaves Codex response handoffs to the client's explicit append calls instead of forwarding them automatically. Defaults to false.
    #[serde(
        rename = "clientManagedHandoffs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_managed_handoffs: ::std::option::Option<bool>,
    ///Overrides BEM channel prefixes by `analysis`, `commentary`, or `final`. Omitted channels retain their default uppercase bracketed prefixes.
    #[serde(
        rename = "codexResponseHandoffChannelPrefixes",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub codex_response_handoff_channel_prefixes: ::std::option::Option<
        ::std::collections::HashMap<
            ::std::string::String,
            ::std::vec::Vec<::std::string::String>,
        >,
    >,
    ///Selects how automatic Codex responses are routed in Frameless Bidi sessions. Omitted values default to `thinking`. Realtime V1 and V2 ignore this setting.
    #[serde(
        rename = "codexResponseHandoffMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub codex_response_handoff_mode: ::std::option::Option<CodexResponseHandoffMode>,
    ///Optional prefix added to automatic Codex response items when `codexResponsesAsItems` is true.
    #[serde(
        rename = "codexResponseItemPrefix",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub codex_response_item_prefix: ::std::option::Option<::std::string::String>,
    ///Sends automatic Codex responses as realtime conversation items instead of handoff appends.
    #[serde(
        rename = "codexResponsesAsItems",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub codex_responses_as_items: ::std::option::Option<bool>,
    ///Controls whether a realtime V3 delegation produces an acknowledgement filler. Omitted values preserve the Realtime API's default behavior.
    #[serde(
        rename = "delegationAckFiller",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub delegation_ack_filler: ::std::option::Option<bool>,
    ///Routes any transcript tail remaining at session end through Codex. Defaults to false. TODO: Remove this rollout knob once transcript-tail flushing is always enabled.
    #[serde(
        rename = "flushTranscriptTailOnSessionEnd",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub flush_transcript_tail_on_session_end: ::std::option::Option<bool>,
    ///Set to false to start without Codex's startup context. Omitted or null includes it.
    #[serde(
        rename = "includeStartupContext",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_startup_context: ::std::option::Option<bool>,
    ///Adds complete role-bearing text items to the initial Frameless Bidi session history. This is only supported by realtime V3 and is sent during session startup. Requests are limited to 128 items and 8,192 estimated text tokens in total.
    #[serde(
        rename = "initialItems",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub initial_items: ::std::option::Option<::std::vec::Vec<ThreadRealtimeInitialItem>>,
    ///Overrides the configured realtime model for this session only.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    ///Selects text or audio output for the realtime session. Transport and voice stay independent so clients can choose how they connect separately from what the model emits.
    #[serde(rename = "outputModality")]
    pub output_modality: RealtimeOutputModality,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub prompt: ::std::option::Option<::std::string::String>,
    ///Developer instructions given to the backing Codex model when this realtime session ends.
    #[serde(
        rename = "realtimeEndInstructions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub realtime_end_instructions: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "realtimeSessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub realtime_session_id: ::std::option::Option<::std::string::String>,
    ///Developer instructions given to the backing Codex model when this realtime session starts.
    #[serde(
        rename = "realtimeStartInstructions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub realtime_start_instructions: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub transport: ::std::option::Option<ThreadRealtimeStartTransport>,
    ///Overrides the configured realtime protocol version for this session only.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub version: ::std::option::Option<RealtimeConversationVersion>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub voice: ::std::option::Option<RealtimeVoice>,
    ///Client-generated identifier for the product voice session. This is distinct from `realtimeSessionId`.
    #[serde(
        rename = "voiceSessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub voice_session_id: ::std::option::Option<::std::string::String>,
}
///EXPERIMENTAL - response for starting thread realtime.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadRealtimeStartResponse {}
///EXPERIMENTAL - transport used by thread realtime.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ThreadRealtimeStartTransport {
    #[serde(rename = "websocket")]
    Websocket,
    ///WebrtcThreadRealtimeStartTransport
    #[serde(rename = "webrtc")]
    Webrtc {
        ///SDP offer generated by a WebRTC RTCPeerConnection after configuring audio and the realtime events data channel.
        sdp: ::std::string::String,
    },
    ///ExistingCallThreadRealtimeStartTransport
    #[serde(rename = "existingCall")]
    ExistingCall {
        ///Identifier of a realtime call already created and negotiated by the client.
        #[serde(rename = "callId")]
        call_id: ::std::string::String,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///EXPERIMENTAL - emitted when thread realtime startup is accepted.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeStartedNotification {
    #[serde(
        rename = "realtimeSessionId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub realtime_session_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    pub version: RealtimeConversationVersion,
}
///EXPERIMENTAL - stop thread realtime.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeStopParams {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - response for stopping thread realtime.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadRealtimeStopResponse {}
///EXPERIMENTAL - flat transcript delta emitted whenever realtime transcript text changes.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeTranscriptDeltaNotification {
    ///Live transcript delta from the realtime event.
    pub delta: ::std::string::String,
    pub role: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - final transcript text emitted when realtime completes a transcript part.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRealtimeTranscriptDoneNotification {
    pub role: ::std::string::String,
    ///Final complete text for the transcript part.
    pub text: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadRealtimeTranscriptRole`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadRealtimeTranscriptRole {
    #[serde(rename = "user")]
    User,
    #[serde(rename = "assistant")]
    Assistant,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ThreadResumeInitialTurnsPageParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadResumeInitialTurnsPageParams {
    ///How much item detail to include for each returned turn; defaults to summary.
    #[serde(
        rename = "itemsView",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub items_view: ::std::option::Option<TurnItemsView>,
    ///Optional turn page size.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    ///Optional turn pagination direction; defaults to descending.
    #[serde(
        rename = "sortDirection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sort_direction: ::std::option::Option<SortDirection>,
}
/**There are three ways to resume a thread: 1. By thread_id: load the thread from disk by thread_id and resume it. 2. By history: instantiate the thread from memory and resume it. 3. By path: load the thread from disk by path and resume it.

For non-running threads, the precedence is: history > non-empty path > thread_id. If using history or a non-empty path for a non-running thread, the thread_id param will be ignored.

If thread_id identifies a running thread, app-server rejoins that thread and treats a non-empty path as a consistency check against the active rollout path. Empty string path values are treated as absent.

Prefer using thread_id whenever possible.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadResumeParams {
    #[serde(
        rename = "approvalPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approval_policy: ::std::option::Option<AskForApproval>,
    ///Override where approval requests are routed for review on this thread and subsequent turns.
    #[serde(
        rename = "approvalsReviewer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approvals_reviewer: ::std::option::Option<ApprovalsReviewer>,
    #[serde(
        rename = "baseInstructions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_instructions: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "developerInstructions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub developer_instructions: ::std::option::Option<::std::string::String>,
    ///When true, return only thread metadata and live-resume state without populating `thread.turns`. This is useful when the client plans to call `thread/turns/list` immediately after resuming. Full-history hydration is deprecated for paginated threads; use this with `thread/turns/list` and `thread/items/list` instead.
    #[serde(
        rename = "excludeTurns",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub exclude_turns: ::std::option::Option<bool>,
    ///[UNSTABLE] FOR CODEX CLOUD - DO NOT USE. If specified, the thread will be resumed with the provided history instead of loaded from disk.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub history: ::std::option::Option<::std::vec::Vec<ResponseItem>>,
    ///When present, include a `thread/turns/list` page in the resume response so clients can bootstrap recent turns without a second request.
    #[serde(
        rename = "initialTurnsPage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub initial_turns_page: ::std::option::Option<ThreadResumeInitialTurnsPageParams>,
    ///Configuration overrides for the resumed thread, if any.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "modelProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_provider: ::std::option::Option<::std::string::String>,
    ///[UNSTABLE] Specify the rollout path to resume from. If specified for a non-running thread, the thread_id param will be ignored. If thread_id identifies a running thread, the path must match the active rollout path.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub path: ::std::option::Option<::std::string::String>,
    ///Named profile id for the resumed thread. Cannot be combined with `sandbox`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<::std::string::String>,
    ///@deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub personality: ::std::option::Option<Personality>,
    ///Replace the thread's runtime workspace roots. Paths must be absolute.
    #[serde(
        rename = "runtimeWorkspaceRoots",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_workspace_roots: ::std::option::Option<::std::vec::Vec<AbsolutePathBuf>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sandbox: ::std::option::Option<SandboxMode>,
    #[serde(
        rename = "serviceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadResumeResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadResumeResponse {
    ///Named or implicit built-in profile that produced the active permissions, when known.
    #[serde(
        rename = "activePermissionProfile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub active_permission_profile: ::std::option::Option<ActivePermissionProfile>,
    #[serde(rename = "approvalPolicy")]
    pub approval_policy: AskForApproval,
    ///Reviewer currently used for approval requests on this thread.
    #[serde(rename = "approvalsReviewer")]
    pub approvals_reviewer: ApprovalsReviewer,
    ///Effective collaboration mode. Absent when resuming from an older server.
    #[serde(
        rename = "collaborationMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub collaboration_mode: ::std::option::Option<CollaborationMode>,
    pub cwd: AbsolutePathBuf,
    ///Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
    #[serde(
        rename = "disabledPluginIds",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub disabled_plugin_ids: ::std::vec::Vec<::std::string::String>,
    ///`thread/turns/list` page returned when requested by `initialTurnsPage`.
    #[serde(
        rename = "initialTurnsPage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub initial_turns_page: ::std::option::Option<TurnsPage>,
    ///Environment-native paths to instruction source files currently loaded for this thread.
    #[serde(
        rename = "instructionSources",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub instruction_sources: ::std::vec::Vec<LegacyAppPathString>,
    /**Opaque cursor for hydrating paginated items backwards.

Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.*/
    #[serde(
        rename = "itemsBackwardsCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub items_backwards_cursor: ::std::option::Option<::std::string::String>,
    pub model: ::std::string::String,
    #[serde(rename = "modelProvider")]
    pub model_provider: ::std::string::String,
    ///@deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
    #[serde(
        rename = "multiAgentMode",
        default = "defaults::thread_resume_response_multi_agent_mode"
    )]
    pub multi_agent_mode: MultiAgentMode,
    #[serde(
        rename = "reasoningEffort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reasoning_effort: ::std::option::Option<ReasoningEffort>,
    ///Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
    #[serde(
        rename = "runtimeWorkspaceRoots",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub runtime_workspace_roots: ::std::vec::Vec<AbsolutePathBuf>,
    ///Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
    pub sandbox: SandboxPolicy,
    #[serde(
        rename = "serviceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier: ::std::option::Option<::std::string::String>,
    pub thread: Thread,
    /**Opaque cursor for hydrating paginated turns backwards.

Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.*/
    #[serde(
        rename = "turnsBackwardsCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub turns_backwards_cursor: ::std::option::Option<::std::string::String>,
}
/**Replace a paginated thread's durable history with the prefix before one turn.

This only changes persisted conversation history. It does not revert local file changes.*/
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRevertParams {
    ///Turn excluded from the replacement history, together with every later turn.
    #[serde(rename = "beforeTurnId")]
    pub before_turn_id: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadRevertResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRevertResponse {
    /**Opaque cursor for hydrating paginated items backwards.

Pass this as `cursor` to `thread/items/list` with `sortDirection: "desc"`. The first page includes the item identified by the cursor.*/
    #[serde(
        rename = "itemsBackwardsCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub items_backwards_cursor: ::std::option::Option<::std::string::String>,
    ///Updated loaded thread metadata. `turns` is always empty; hydrate retained history through `thread/turns/list`.
    pub thread: Thread,
    /**Opaque cursor for hydrating paginated turns backwards.

Pass this as `cursor` to `thread/turns/list` with `sortDirection: "desc"`. The first page includes the turn identified by the cursor.*/
    #[serde(
        rename = "turnsBackwardsCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub turns_backwards_cursor: ::std::option::Option<::std::string::String>,
}
///`ThreadRevertedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadRevertedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadSampleCancelParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSampleCancelParams {
    #[serde(rename = "requestId")]
    pub request_id: RequestId,
}
///`ThreadSampleCancelResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadSampleCancelResponse {}
///`ThreadSampleParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSampleParams {
    ///Allow sampling the latest turn before it finishes.
    #[serde(
        rename = "allowInProgressTurn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_in_progress_turn: ::std::option::Option<bool>,
    ///Disable MCP servers when the inherited window uses incremental tools on Responses Lite.
    #[serde(
        rename = "disableMcp",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disable_mcp: ::std::option::Option<bool>,
    ///Applied only when the provider and model support cache-preserving reasoning-effort updates.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub effort: ::std::option::Option<ReasoningEffort>,
    ///The loaded source's latest turn, which must be finished (completed, failed, or interrupted) unless `allowInProgressTurn` is true.
    #[serde(rename = "expectedTurnId")]
    pub expected_turn_id: ::std::string::String,
    ///Override upstream interruption on cancellation for this sample; otherwise inherit the parent.
    #[serde(
        rename = "interruptOnCancel",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub interrupt_on_cancel: ::std::option::Option<bool>,
    pub prompt: ::std::string::String,
    ///Optional metadata to enrich Codex's ResponsesAPI turn metadata.
    #[serde(
        rename = "responsesapiClientMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub responsesapi_client_metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(
        rename = "threadSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thread_source: ::std::option::Option<ThreadSource>,
    #[serde(
        rename = "turnTrigger",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub turn_trigger: ::std::option::Option<::std::string::String>,
}
///`ThreadSampleResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSampleResponse {
    #[serde(
        rename = "cachedInputTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cached_input_tokens: ::std::option::Option<i64>,
    #[serde(
        rename = "inputTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input_tokens: ::std::option::Option<i64>,
    #[serde(
        rename = "outputTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output_tokens: ::std::option::Option<i64>,
    #[serde(rename = "responseId")]
    pub response_id: ::std::string::String,
    #[serde(rename = "sourceTurnId")]
    pub source_turn_id: ::std::string::String,
    ///Assistant text from the response, or null if it attempted a tool call or completed without text.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub text: ::std::option::Option<::std::string::String>,
}
///One visible message occurrence returned by [`ThreadSearchOccurrencesResponse`].
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSearchOccurrence {
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    pub snippet: ::std::string::String,
    ///Match range within `snippet`, in UTF-16 code units.
    #[serde(rename = "snippetMatchRange")]
    pub snippet_match_range: ThreadSearchTextRange,
    ///Opaque inclusive cursor accepted by `thread/turns/list` for this turn.
    #[serde(rename = "turnCursor")]
    pub turn_cursor: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///Parameters for searching visible message occurrences within one paginated thread.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSearchOccurrencesParams {
    ///Opaque cursor returned by a previous call for the same thread and search term.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///Optional occurrence page size.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    ///Case-insensitive literal substring to find in visible user messages and both partial and final assistant answers.
    #[serde(rename = "searchTerm")]
    pub search_term: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadSearchOccurrencesResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSearchOccurrencesResponse {
    ///Occurrences in chronological message order.
    pub data: ::std::vec::Vec<ThreadSearchOccurrence>,
    ///Opaque cursor to continue after the last returned occurrence.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`ThreadSearchParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSearchParams {
    ///Optional archived filter; when set to true, only archived threads are returned. If false or null, only non-archived threads are returned.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub archived: ::std::option::Option<bool>,
    ///Show local history visible to the current ChatGPT account. Defaults to false.
    #[serde(
        rename = "currentAccountOnly",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_account_only: ::std::option::Option<bool>,
    ///Opaque pagination cursor returned by a previous call.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///Include persistent threads attached to a parent in search results.
    #[serde(
        rename = "includeAttachedThreads",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub include_attached_threads: ::std::option::Option<bool>,
    ///Optional page size; defaults to a reasonable server-side value.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    ///Required substring/full-text query for thread search.
    #[serde(rename = "searchTerm")]
    pub search_term: ::std::string::String,
    ///Optional sort direction; defaults to descending (newest first).
    #[serde(
        rename = "sortDirection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sort_direction: ::std::option::Option<SortDirection>,
    ///Optional sort key; defaults to created_at.
    #[serde(rename = "sortKey", skip_serializing_if = "::std::option::Option::is_none")]
    pub sort_key: ::std::option::Option<ThreadSearchSortKey>,
    ///Optional source filter; when set, only sessions from these source kinds are returned. When omitted or empty, defaults to interactive sources.
    #[serde(
        rename = "sourceKinds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_kinds: ::std::option::Option<::std::vec::Vec<ThreadSourceKind>>,
}
///`ThreadSearchResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSearchResponse {
    ///Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one thread. Use it with the opposite `sortDirection`; for timestamp sorts it anchors at the start of the page timestamp so same-second updates are not skipped.
    #[serde(
        rename = "backwardsCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backwards_cursor: ::std::option::Option<::std::string::String>,
    pub data: ::std::vec::Vec<ThreadSearchResult>,
    ///Opaque cursor to pass to the next call to continue after the last item. if None, there are no more items to return.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`ThreadSearchResult`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSearchResult {
    pub snippet: ::std::string::String,
    pub thread: Thread,
}
///`ThreadSearchSortKey`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadSearchSortKey {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "updated_at")]
    UpdatedAt,
    #[serde(rename = "recency_at")]
    RecencyAt,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///UTF-16 code-unit range within `snippet`.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSearchTextRange {
    ///Exclusive UTF-16 code-unit offset.
    pub end: u32,
    ///Inclusive UTF-16 code-unit offset.
    pub start: u32,
}
///An independently persisted, user-visible thread section.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSection {
    ///Optional appearance synchronized across clients.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub appearance: ::std::option::Option<ThreadSectionAppearance>,
    ///Opaque UUIDv7 identity that remains stable when the section is renamed.
    pub id: ::std::string::String,
    ///The current user-visible section name.
    pub name: ::std::string::String,
}
///Extensible visual presentation for a custom thread section.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadSectionAppearance {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub color: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub icon: ::std::option::Option<::std::string::String>,
}
///Broadcast after a successful move into, within, or out of a section.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSectionChangedNotification {
    ///Destination section, or `null` when the thread was removed from its section.
    #[serde(
        rename = "sectionId",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub section_id: ::std::option::Option<::std::string::String>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///Parameters for creating an independently persisted thread section.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSectionCreateParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub appearance: ::std::option::Option<ThreadSectionAppearance>,
    ///The user-visible name of the section.
    pub name: ::std::string::String,
}
///The independently persisted section created by the server.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSectionCreateResponse {
    pub section: ThreadSection,
}
///Parameters for deleting an independently persisted thread section.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSectionDeleteParams {
    ///The stable, server-generated identity of the section to delete.
    #[serde(rename = "sectionId")]
    pub section_id: ::std::string::String,
}
///Successful deletion does not return additional section data.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadSectionDeleteResponse {}
///Parameters for listing independently persisted thread sections.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadSectionListParams {
    ///Opaque pagination cursor returned by a previous call.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///Maximum number of sections to return.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
}
///One page of independently persisted thread sections.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSectionListResponse {
    pub data: ::std::vec::Vec<ThreadSection>,
    ///Opaque cursor for the next page, or `null` when no sections remain.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///Parameters for moving a thread within a server-owned section ordering.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSectionMoveParams {
    ///Existing thread to insert before; omission or null appends to the section.
    #[serde(
        rename = "beforeThreadId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub before_thread_id: ::std::option::Option<::std::string::String>,
    ///Destination section, or `null` to remove the thread from its section.
    #[serde(
        rename = "sectionId",
        deserialize_with = "::std::option::Option::deserialize"
    )]
    pub section_id: ::std::option::Option<::std::string::String>,
    ///Thread to move into, within, or out of a section.
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadSectionMoveResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadSectionMoveResponse {}
///Parameters for updating an independently persisted thread section.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSectionUpdateParams {
    ///Omit to preserve appearance, use `null` to clear it, or provide a replacement.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub appearance: ::std::option::Option<ThreadSectionAppearance>,
    ///The updated user-visible name of the section.
    pub name: ::std::string::String,
    ///The stable, server-generated identity of the section to update.
    #[serde(rename = "sectionId")]
    pub section_id: ::std::string::String,
}
///The independently persisted section after its name is updated.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSectionUpdateResponse {
    pub section: ThreadSection,
}
///`ThreadSetNameParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSetNameParams {
    pub name: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadSetNameResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadSetNameResponse {}
///`ThreadSettings`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSettings {
    #[serde(
        rename = "activePermissionProfile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub active_permission_profile: ::std::option::Option<ActivePermissionProfile>,
    #[serde(rename = "approvalPolicy")]
    pub approval_policy: AskForApproval,
    #[serde(rename = "approvalsReviewer")]
    pub approvals_reviewer: ApprovalsReviewer,
    #[serde(rename = "collaborationMode")]
    pub collaboration_mode: CollaborationMode,
    pub cwd: AbsolutePathBuf,
    ///Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
    #[serde(
        rename = "disabledPluginIds",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub disabled_plugin_ids: ::std::vec::Vec<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub effort: ::std::option::Option<ReasoningEffort>,
    ///Environments configured for future turns, in priority order, primary first. `null` means the server does not expose the selection; [] means none are selected.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environments: ::std::option::Option<::std::vec::Vec<ThreadEnvironment>>,
    pub model: ::std::string::String,
    #[serde(rename = "modelProvider")]
    pub model_provider: ::std::string::String,
    ///@deprecated Always `explicitRequestOnly`. Use `effort` for Ultra behavior.
    #[serde(
        rename = "multiAgentMode",
        default = "defaults::thread_settings_multi_agent_mode"
    )]
    pub multi_agent_mode: MultiAgentMode,
    ///@deprecated Reports the saved setting; `friendly` and `pragmatic` no longer select a style.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub personality: ::std::option::Option<Personality>,
    #[serde(rename = "sandboxPolicy")]
    pub sandbox_policy: SandboxPolicy,
    #[serde(
        rename = "serviceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub summary: ::std::option::Option<ReasoningSummary>,
}
///`ThreadSettingsUpdateParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSettingsUpdateParams {
    ///Override the approval policy for subsequent turns.
    #[serde(
        rename = "approvalPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approval_policy: ::std::option::Option<AskForApproval>,
    ///Override where approval requests are routed for subsequent turns.
    #[serde(
        rename = "approvalsReviewer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approvals_reviewer: ::std::option::Option<ApprovalsReviewer>,
    /**EXPERIMENTAL - Set a pre-set collaboration mode for subsequent turns.

For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".*/
    #[serde(
        rename = "collaborationMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub collaboration_mode: ::std::option::Option<CollaborationMode>,
    ///Override the working directory for subsequent turns.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    ///Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it.
    #[serde(
        rename = "disabledPluginIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disabled_plugin_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    ///Override the reasoning effort for subsequent turns.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub effort: ::std::option::Option<ReasoningEffort>,
    ///Replace the environments for future turns without changing the running turn. Omitted/null preserves the selection unless `cwd` is also provided, which selects the default environments for that directory. [] clears the selection.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environments: ::std::option::Option<::std::vec::Vec<TurnEnvironmentParams>>,
    ///Override the model for subsequent turns.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    ///@deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior.
    #[serde(
        rename = "multiAgentMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_agent_mode: ::std::option::Option<MultiAgentMode>,
    ///Select a named permissions profile id for subsequent turns. Cannot be combined with `sandboxPolicy`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<::std::string::String>,
    ///@deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub personality: ::std::option::Option<Personality>,
    ///Override the sandbox policy for subsequent turns.
    #[serde(
        rename = "sandboxPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sandbox_policy: ::std::option::Option<SandboxPolicy>,
    ///Override the service tier for subsequent turns. `null` clears the current service tier; omission leaves it unchanged.
    #[serde(
        rename = "serviceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier: ::std::option::Option<::std::string::String>,
    ///Override the reasoning summary for subsequent turns.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub summary: ::std::option::Option<ReasoningSummary>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadSettingsUpdateResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadSettingsUpdateResponse {}
///`ThreadSettingsUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadSettingsUpdatedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "threadSettings")]
    pub thread_settings: ThreadSettings,
}
///`ThreadShellCommandParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadShellCommandParams {
    ///Shell command string evaluated by the thread's configured shell. Unlike `command/exec`, this intentionally preserves shell syntax such as pipes, redirects, and quoting. This runs unsandboxed with full access rather than inheriting the thread sandbox policy.
    pub command: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    ///Maximum execution time in milliseconds. Defaults to one hour when omitted or null. Must be non-negative; zero requests an immediate timeout, not unlimited execution. Does not affect the immediate RPC acknowledgement.
    #[serde(
        rename = "timeoutMs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub timeout_ms: ::std::option::Option<i64>,
}
///`ThreadShellCommandResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadShellCommandResponse {}
///`ThreadSortKey`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadSortKey {
    #[serde(rename = "created_at")]
    CreatedAt,
    #[serde(rename = "updated_at")]
    UpdatedAt,
    #[serde(rename = "recency_at")]
    RecencyAt,
    #[serde(rename = "section_position")]
    SectionPosition,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ThreadSource`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[serde(transparent)]
pub struct ThreadSource(pub ::std::string::String);
impl ::std::ops::Deref for ThreadSource {
    type Target = ::std::string::String;
    fn deref(&self) -> &::std::string::String {
        &self.0
    }
}
impl ::std::convert::From<ThreadSource> for ::std::string::String {
    fn from(value: ThreadSource) -> Self {
        value.0
    }
}
impl ::std::convert::From<::std::string::String> for ThreadSource {
    fn from(value: ::std::string::String) -> Self {
        Self(value)
    }
}
impl ::std::fmt::Display for ThreadSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        self.0.fmt(f)
    }
}
impl ::std::str::FromStr for ThreadSource {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        Ok(Self(value.to_string()))
    }
}
///`ThreadSourceKind`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadSourceKind {
    #[serde(rename = "cli")]
    Cli,
    #[serde(rename = "vscode")]
    Vscode,
    #[serde(rename = "exec")]
    Exec,
    #[serde(rename = "appServer")]
    AppServer,
    #[serde(rename = "subAgent")]
    SubAgent,
    #[serde(rename = "subAgentReview")]
    SubAgentReview,
    #[serde(rename = "subAgentCompact")]
    SubAgentCompact,
    #[serde(rename = "subAgentThreadSpawn")]
    SubAgentThreadSpawn,
    #[serde(rename = "subAgentOther")]
    SubAgentOther,
    #[serde(rename = "unknown")]
    Unknown,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ThreadStartParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ThreadStartParams {
    ///Allow a provider with an authoritative static model catalog to replace an unavailable requested model with its default.
    #[serde(
        rename = "allowProviderModelFallback",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub allow_provider_model_fallback: ::std::option::Option<bool>,
    #[serde(
        rename = "approvalPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approval_policy: ::std::option::Option<AskForApproval>,
    ///Override where approval requests are routed for review on this thread and subsequent turns.
    #[serde(
        rename = "approvalsReviewer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approvals_reviewer: ::std::option::Option<ApprovalsReviewer>,
    #[serde(
        rename = "baseInstructions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_instructions: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub config: ::std::option::Option<
        ::serde_json::Map<::std::string::String, ::serde_json::Value>,
    >,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    ///Initial Daybreak choice for this persistent thread. Omitted or null leaves it unset. This does not select a turn's `cyberAccessProgram` or grant access. Not supported for ephemeral threads.
    #[serde(
        rename = "daybreakEnabled",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub daybreak_enabled: ::std::option::Option<bool>,
    #[serde(
        rename = "developerInstructions",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub developer_instructions: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "dynamicTools",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub dynamic_tools: ::std::option::Option<::std::vec::Vec<DynamicToolSpec>>,
    /**Optional sticky environments for this thread.

Omitted selects the default environment when environment access is enabled. Empty disables environment access for turns that do not provide a turn override. Non-empty selects the first environment as the current turn environment.*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environments: ::std::option::Option<::std::vec::Vec<TurnEnvironmentParams>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub ephemeral: ::std::option::Option<bool>,
    ///If true, opt into emitting raw Responses API items on the event stream. This is for internal use only (e.g. Codex Cloud).
    #[serde(
        rename = "experimentalRawEvents",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub experimental_raw_events: ::std::option::Option<bool>,
    ///Persisted thread history contract to use for this new thread.
    #[serde(
        rename = "historyMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub history_mode: ::std::option::Option<ThreadHistoryMode>,
    ///Test-only experimental field used to validate experimental gating and schema filtering behavior in a stable way.
    #[serde(
        rename = "mockExperimentalField",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mock_experimental_field: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "modelProvider",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_provider: ::std::option::Option<::std::string::String>,
    ///@deprecated Ignored. Use Ultra reasoning effort for proactive multi-agent behavior.
    #[serde(
        rename = "multiAgentMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_agent_mode: ::std::option::Option<MultiAgentMode>,
    ///Named profile id for this thread. Cannot be combined with `sandbox`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<::std::string::String>,
    ///@deprecated `friendly` and `pragmatic` no longer select a style.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub personality: ::std::option::Option<Personality>,
    ///Optional project identity for this new thread. Durable threads persist the assignment; ephemeral threads expose it only in live responses.
    #[serde(
        rename = "projectId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub project_id: ::std::option::Option<::std::string::String>,
    ///Replace the thread's runtime workspace roots. Paths must be absolute.
    #[serde(
        rename = "runtimeWorkspaceRoots",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_workspace_roots: ::std::option::Option<::std::vec::Vec<AbsolutePathBuf>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub sandbox: ::std::option::Option<SandboxMode>,
    ///Capability roots selected for this thread by the hosting platform.
    #[serde(
        rename = "selectedCapabilityRoots",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub selected_capability_roots: ::std::option::Option<
        ::std::vec::Vec<SelectedCapabilityRoot>,
    >,
    #[serde(
        rename = "serviceName",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "serviceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "sessionStartSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub session_start_source: ::std::option::Option<ThreadStartSource>,
    ///Optional client-supplied analytics source classification for this thread.
    #[serde(
        rename = "threadSource",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub thread_source: ::std::option::Option<ThreadSource>,
}
///`ThreadStartResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadStartResponse {
    ///Named or implicit built-in profile that produced the active permissions, when known.
    #[serde(
        rename = "activePermissionProfile",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub active_permission_profile: ::std::option::Option<ActivePermissionProfile>,
    #[serde(rename = "approvalPolicy")]
    pub approval_policy: AskForApproval,
    ///Reviewer currently used for approval requests on this thread.
    #[serde(rename = "approvalsReviewer")]
    pub approvals_reviewer: ApprovalsReviewer,
    pub cwd: AbsolutePathBuf,
    ///Saved list of disabled plugin IDs. Does not yet filter plugin capabilities.
    #[serde(
        rename = "disabledPluginIds",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub disabled_plugin_ids: ::std::vec::Vec<::std::string::String>,
    ///Environment-native paths to instruction source files currently loaded for this thread.
    #[serde(
        rename = "instructionSources",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub instruction_sources: ::std::vec::Vec<LegacyAppPathString>,
    pub model: ::std::string::String,
    #[serde(rename = "modelProvider")]
    pub model_provider: ::std::string::String,
    ///@deprecated Always `explicitRequestOnly`. Use `reasoningEffort` for Ultra behavior.
    #[serde(
        rename = "multiAgentMode",
        default = "defaults::thread_start_response_multi_agent_mode"
    )]
    pub multi_agent_mode: MultiAgentMode,
    #[serde(
        rename = "reasoningEffort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reasoning_effort: ::std::option::Option<ReasoningEffort>,
    ///Thread-scoped runtime workspace roots used to materialize `:workspace_roots`.
    #[serde(
        rename = "runtimeWorkspaceRoots",
        default,
        skip_serializing_if = "::std::vec::Vec::is_empty"
    )]
    pub runtime_workspace_roots: ::std::vec::Vec<AbsolutePathBuf>,
    ///Legacy sandbox policy retained for compatibility. Experimental clients should prefer `activePermissionProfile` for profile provenance.
    pub sandbox: SandboxPolicy,
    #[serde(
        rename = "serviceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier: ::std::option::Option<::std::string::String>,
    pub thread: Thread,
}
///`ThreadStartSource`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadStartSource {
    #[serde(rename = "startup")]
    Startup,
    #[serde(rename = "clear")]
    Clear,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ThreadStartedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadStartedNotification {
    pub thread: Thread,
}
///`ThreadStatus`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type", content = "activeFlags")]
#[non_exhaustive]
pub enum ThreadStatus {
    #[serde(rename = "notLoaded")]
    NotLoaded,
    #[serde(rename = "idle")]
    Idle,
    #[serde(rename = "systemError")]
    SystemError,
    ///ActiveThreadStatus
    #[serde(rename = "active")]
    Active(::std::vec::Vec<ThreadActiveFlag>),
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
impl ::std::convert::From<::std::vec::Vec<ThreadActiveFlag>> for ThreadStatus {
    fn from(value: ::std::vec::Vec<ThreadActiveFlag>) -> Self {
        Self::Active(value)
    }
}
///`ThreadStatusChangedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadStatusChangedNotification {
    pub status: ThreadStatus,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - one item or turn boundary in canonical rollout order.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum ThreadTimelineEntry {
    ///ItemThreadTimelineEntry
    #[serde(rename = "item")]
    Item {
        item: ThreadItem,
        position: u64,
        #[serde(rename = "turnId")]
        turn_id: ::std::string::String,
    },
    ///RealtimeThreadTimelineEntry
    #[serde(rename = "realtime")]
    Realtime { item: ThreadRealtimeItem, position: u64 },
    ///TurnStartedThreadTimelineEntry
    #[serde(rename = "turnStarted")]
    TurnStarted {
        position: u64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        started_at: ::std::option::Option<i64>,
        turn_id: ::std::string::String,
    },
    ///TurnCompletedThreadTimelineEntry
    #[serde(rename = "turnCompleted")]
    TurnCompleted {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        completed_at: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        duration_ms: ::std::option::Option<i64>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        error: ::std::option::Option<TurnError>,
        position: u64,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        started_at: ::std::option::Option<i64>,
        status: TurnStatus,
        turn_id: ::std::string::String,
    },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///EXPERIMENTAL - list ordinary and realtime thread history in rollout order.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadTimelineListParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///EXPERIMENTAL - a bounded timeline page with its resolved opening voice state.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadTimelineListResponse {
    #[serde(
        rename = "activeRealtimeSessionAtPageStart",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub active_realtime_session_at_page_start: ::std::option::Option<
        ::std::string::String,
    >,
    pub data: ::std::vec::Vec<ThreadTimelineEntry>,
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`ThreadTokenUsage`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadTokenUsage {
    pub last: TokenUsageBreakdown,
    #[serde(
        rename = "modelContextWindow",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub model_context_window: ::std::option::Option<i64>,
    pub total: TokenUsageBreakdown,
}
///`ThreadTokenUsageUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadTokenUsageUpdatedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "tokenUsage")]
    pub token_usage: ThreadTokenUsage,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`ThreadTurnsListParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadTurnsListParams {
    ///Opaque cursor to pass to the next call to continue after the last turn.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cursor: ::std::option::Option<::std::string::String>,
    ///How much item detail to include for each returned turn; defaults to summary.
    #[serde(
        rename = "itemsView",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub items_view: ::std::option::Option<TurnItemsView>,
    ///Optional turn page size.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub limit: ::std::option::Option<u32>,
    ///Optional turn pagination direction; defaults to descending.
    #[serde(
        rename = "sortDirection",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sort_direction: ::std::option::Option<SortDirection>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadTurnsListResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadTurnsListResponse {
    ///Opaque cursor to pass as `cursor` when reversing `sortDirection`. This is only populated when the page contains at least one turn. Use it with the opposite `sortDirection` to include the anchor turn again and catch updates to that turn.
    #[serde(
        rename = "backwardsCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backwards_cursor: ::std::option::Option<::std::string::String>,
    pub data: ::std::vec::Vec<Turn>,
    ///Opaque cursor to pass to the next call to continue after the last turn. if None, there are no more turns to return.
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`ThreadUnarchiveParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadUnarchiveParams {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadUnarchiveResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadUnarchiveResponse {
    pub thread: Thread,
}
///`ThreadUnarchivedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadUnarchivedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadUnreadPosition`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type", content = "turnId")]
#[non_exhaustive]
pub enum ThreadUnreadPosition {
    #[serde(rename = "threadStart")]
    ThreadStart,
    /**TurnThreadUnreadPosition

The earliest completed result needing attention.*/
    #[serde(rename = "turn")]
    Turn(::std::string::String),
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`ThreadUnsubscribeParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadUnsubscribeParams {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadUnsubscribeResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadUnsubscribeResponse {
    pub status: ThreadUnsubscribeStatus,
}
///`ThreadUnsubscribeStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ThreadUnsubscribeStatus {
    #[serde(rename = "notLoaded")]
    NotLoaded,
    #[serde(rename = "notSubscribed")]
    NotSubscribed,
    #[serde(rename = "unsubscribed")]
    Unsubscribed,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`ThreadUsage`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadUsage {
    #[serde(rename = "estimatedUsageCreditsMicros")]
    pub estimated_usage_credits_micros: i64,
    #[serde(
        rename = "estimatedUsageUsdMicros",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub estimated_usage_usd_micros: ::std::option::Option<i64>,
    pub groups: ::std::vec::Vec<ThreadUsageBreakdownGroup>,
    ///Native dollar usage, independent of credit estimates. None means unknown, not zero.
    #[serde(
        rename = "nativeUsageUsdMicros",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub native_usage_usd_micros: ::std::option::Option<i64>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`ThreadUsageBreakdownGroup`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ThreadUsageBreakdownGroup {
    #[serde(
        rename = "cachedInputTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cached_input_tokens: ::std::option::Option<i64>,
    #[serde(rename = "estimatedUsageCreditsMicros")]
    pub estimated_usage_credits_micros: i64,
    #[serde(
        rename = "inputTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub input_tokens: ::std::option::Option<i64>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "netNewInputTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub net_new_input_tokens: ::std::option::Option<i64>,
    #[serde(
        rename = "outputTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output_tokens: ::std::option::Option<i64>,
    #[serde(
        rename = "reasoningEffort",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reasoning_effort: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub speed: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "totalTokens",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_tokens: ::std::option::Option<i64>,
}
///`TokenUsageBreakdown`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TokenUsageBreakdown {
    #[serde(rename = "cacheWriteInputTokens", default)]
    pub cache_write_input_tokens: i64,
    #[serde(rename = "cachedInputTokens")]
    pub cached_input_tokens: i64,
    #[serde(rename = "inputTokens")]
    pub input_tokens: i64,
    #[serde(rename = "outputTokens")]
    pub output_tokens: i64,
    #[serde(rename = "reasoningOutputTokens")]
    pub reasoning_output_tokens: i64,
    #[serde(rename = "totalTokens")]
    pub total_tokens: i64,
}
///Definition for a tool the client can call.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Tool {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub annotations: ::std::option::Option<::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub icons: ::std::option::Option<::std::vec::Vec<::serde_json::Value>>,
    #[serde(rename = "inputSchema")]
    pub input_schema: ::serde_json::Value,
    #[serde(rename = "_meta", skip_serializing_if = "::std::option::Option::is_none")]
    pub meta: ::std::option::Option<::serde_json::Value>,
    pub name: ::std::string::String,
    #[serde(
        rename = "outputSchema",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output_schema: ::std::option::Option<::serde_json::Value>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub title: ::std::option::Option<::std::string::String>,
}
///A model-facing surface on which a tool can be exposed.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum ToolExposureSurface {
    ///Nested tools available to Code Mode scripts.
    #[serde(rename = "code_mode")]
    CodeMode,
    ///Tools discovered later through tool search.
    #[serde(rename = "deferred")]
    Deferred,
    ///Tools present in the model's initial tool list.
    #[serde(rename = "direct")]
    Direct,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///EXPERIMENTAL. Captures a user's answer to a request_user_input question.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ToolRequestUserInputAnswer {
    pub answers: ::std::vec::Vec<::std::string::String>,
}
///EXPERIMENTAL. Defines a single selectable option for request_user_input.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ToolRequestUserInputOption {
    pub description: ::std::string::String,
    pub label: ::std::string::String,
}
///EXPERIMENTAL. Params sent with a request_user_input event.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ToolRequestUserInputParams {
    ///@deprecated Use `isBlocking` to decide whether the request should block.
    #[serde(
        rename = "autoResolutionMs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub auto_resolution_ms: ::std::option::Option<u64>,
    #[serde(rename = "isBlocking")]
    pub is_blocking: bool,
    #[serde(rename = "itemId")]
    pub item_id: ::std::string::String,
    pub questions: ::std::vec::Vec<ToolRequestUserInputQuestion>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///EXPERIMENTAL. Represents one request_user_input question and its required options.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ToolRequestUserInputQuestion {
    pub header: ::std::string::String,
    pub id: ::std::string::String,
    #[serde(rename = "isOther", default)]
    pub is_other: bool,
    #[serde(rename = "isSecret", default)]
    pub is_secret: bool,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub options: ::std::option::Option<::std::vec::Vec<ToolRequestUserInputOption>>,
    pub question: ::std::string::String,
}
///EXPERIMENTAL. Response payload mapping question ids to answers.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct ToolRequestUserInputResponse {
    pub answers: ::std::collections::HashMap<
        ::std::string::String,
        ToolRequestUserInputAnswer,
    >,
}
///`ToolsV2`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct ToolsV2 {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub web_search: ::std::option::Option<WebSearchToolConfig>,
}
///`Turn`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct Turn {
    ///Unix timestamp (in seconds) when the turn completed.
    #[serde(
        rename = "completedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub completed_at: ::std::option::Option<i64>,
    ///Duration between turn start and completion in milliseconds, if known.
    #[serde(
        rename = "durationMs",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub duration_ms: ::std::option::Option<i64>,
    ///Error associated with a failed or interrupted turn.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<TurnError>,
    ///Identifier for this turn. Codex-generated turn IDs are UUIDv7.
    pub id: ::std::string::String,
    ///Thread items currently included in this turn payload.
    pub items: ::std::vec::Vec<ThreadItem>,
    ///Describes how much of `items` has been loaded for this turn.
    #[serde(rename = "itemsView", default = "defaults::turn_items_view")]
    pub items_view: TurnItemsView,
    ///ID of the first turn in the chain of work that led to this turn. Pass this as `rootTurnId` when starting work on behalf of this turn. May be null in older history or a `review/start` response.
    #[serde(
        rename = "rootTurnId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub root_turn_id: ::std::option::Option<::std::string::String>,
    ///Unix timestamp (in seconds) when the turn started.
    #[serde(
        rename = "startedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub started_at: ::std::option::Option<i64>,
    pub status: TurnStatus,
}
///`TurnCompletedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnCompletedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    pub turn: Turn,
}
///Notification that the turn-level unified diff has changed. Contains the latest aggregated diff across all file changes in the turn.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnDiffUpdatedNotification {
    pub diff: ::std::string::String,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`TurnEnvironmentParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnEnvironmentParams {
    pub cwd: LegacyAppPathString,
    #[serde(rename = "environmentId")]
    pub environment_id: ::std::string::String,
    ///Environment-native runtime workspace roots. Omitted defaults to `cwd`.
    #[serde(
        rename = "runtimeWorkspaceRoots",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_workspace_roots: ::std::option::Option<
        ::std::vec::Vec<LegacyAppPathString>,
    >,
}
///`TurnError`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnError {
    #[serde(
        rename = "additionalDetails",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_details: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "codexErrorInfo",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub codex_error_info: ::std::option::Option<CodexErrorInfo>,
    pub message: ::std::string::String,
    ///Optional public explanation and continuation instruction for a misalignment block.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub misalignment: ::std::option::Option<MisalignmentErrorDetails>,
}
///`TurnInterruptParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnInterruptParams {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`TurnInterruptResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct TurnInterruptResponse {}
///`TurnItemsView`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum TurnItemsView {
    ///`items` was not loaded for this turn. The field is intentionally empty.
    #[serde(rename = "notLoaded")]
    NotLoaded,
    ///`items` contains only a display summary for this turn.
    #[serde(rename = "summary")]
    Summary,
    ///`items` contains every ThreadItem available from persisted app-server history for this turn.
    #[serde(rename = "full")]
    Full,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`TurnModerationMetadataNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnModerationMetadataNotification {
    pub metadata: ::serde_json::Value,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`TurnPlanStep`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnPlanStep {
    pub status: TurnPlanStepStatus,
    pub step: ::std::string::String,
}
///`TurnPlanStepStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum TurnPlanStepStatus {
    #[serde(rename = "pending")]
    Pending,
    #[serde(rename = "inProgress")]
    InProgress,
    #[serde(rename = "completed")]
    Completed,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`TurnPlanUpdatedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnPlanUpdatedNotification {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub explanation: ::std::option::Option<::std::string::String>,
    pub plan: ::std::vec::Vec<TurnPlanStep>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///Experimental settings changes for one running turn, not future turns. Unsupported fields are rejected rather than silently ignored. Any live task kind may accept publication. Child sessions and consumers of frozen initial settings are unchanged.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnSettingsUpdateParams {
    ///Changes the active turn's reviewer without changing future thread settings. Already captured steps and pending approvals retain their original reviewer.
    #[serde(
        rename = "approvalsReviewer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approvals_reviewer: ::std::option::Option<ApprovalsReviewer>,
    ///Omission or `null` leaves the effort unchanged.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub effort: ::std::option::Option<ReasoningEffort>,
    ///Replace the environments for subsequent steps of this turn, not future turns. Omitted/null preserves the selection; [] clears it. An already-started step is unchanged.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environments: ::std::option::Option<::std::vec::Vec<TurnEnvironmentParams>>,
    ///Omission or `null` leaves the model unchanged.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    ///`null` clears the requested tier; omission leaves it unchanged.
    #[serde(
        rename = "serviceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier: ::std::option::Option<::std::string::String>,
    ///Omission or `null` leaves the summary preference unchanged.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub summary: ::std::option::Option<ReasoningSummary>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`TurnSettingsUpdateResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnSettingsUpdateResponse {
    pub status: TurnSettingsUpdateStatus,
}
///`TurnSettingsUpdateStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum TurnSettingsUpdateStatus {
    ///Published for subsequent captures, even if the values were unchanged. Already captured steps are unchanged; a later inference is not guaranteed.
    #[serde(rename = "applied")]
    Applied,
    ///No matching live task remained available for publication.
    #[serde(rename = "targetUnavailable")]
    TargetUnavailable,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`TurnStartParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnStartParams {
    ///Optional client-provided context fragments keyed by an opaque source identifier.
    #[serde(
        rename = "additionalContext",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_context: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, AdditionalContextEntry>,
    >,
    ///Override the approval policy for this turn and subsequent turns.
    #[serde(
        rename = "approvalPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approval_policy: ::std::option::Option<AskForApproval>,
    ///Override where approval requests are routed for review on this turn and subsequent turns.
    #[serde(
        rename = "approvalsReviewer",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub approvals_reviewer: ::std::option::Option<ApprovalsReviewer>,
    #[serde(
        rename = "clientUserMessageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_user_message_id: ::std::option::Option<::std::string::String>,
    /**EXPERIMENTAL - Set a pre-set collaboration mode. Takes precedence over model, reasoning_effort, and developer instructions if set.

For `collaboration_mode.settings.developer_instructions`, `null` means "use the built-in instructions for the selected mode".*/
    #[serde(
        rename = "collaborationMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub collaboration_mode: ::std::option::Option<CollaborationMode>,
    ///Override the working directory for this turn and subsequent turns.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<::std::string::String>,
    ///EXPERIMENTAL - Request an authorized cyber program for this turn. Omission preserves automatic behavior. This does not grant access.
    #[serde(
        rename = "cyberAccessProgram",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub cyber_access_program: ::std::option::Option<CyberAccessProgram>,
    ///Replace this thread's disabled plugin IDs. Omitted/null preserves the list; [] clears it.
    #[serde(
        rename = "disabledPluginIds",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub disabled_plugin_ids: ::std::option::Option<
        ::std::vec::Vec<::std::string::String>,
    >,
    ///Override the reasoning effort for this turn and subsequent turns.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub effort: ::std::option::Option<ReasoningEffort>,
    /**Optional environments for this turn and subsequent turns.

Omitted uses the thread sticky environments. Empty disables environment access for this turn. Non-empty selects the first environment as the current turn environment for this turn.*/
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub environments: ::std::option::Option<::std::vec::Vec<TurnEnvironmentParams>>,
    pub input: ::std::vec::Vec<UserInput>,
    ///Override the model for this turn and subsequent turns.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub model: ::std::option::Option<::std::string::String>,
    ///@deprecated Ignored. Use `effort: "ultra"` for proactive multi-agent behavior.
    #[serde(
        rename = "multiAgentMode",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub multi_agent_mode: ::std::option::Option<MultiAgentMode>,
    ///Optional JSON Schema used to constrain the final assistant message for this turn.
    #[serde(
        rename = "outputSchema",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub output_schema: ::std::option::Option<::serde_json::Value>,
    /**ID of the turn that caused this new turn to start.

Set this when starting work on behalf of another turn, such as delegated work in a different thread. Leave unset for work started directly by the user. Ignored when this request adds input to an active turn.*/
    #[serde(
        rename = "parentTurnId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub parent_turn_id: ::std::option::Option<::std::string::String>,
    ///Select a named permissions profile id for this turn and subsequent turns. Cannot be combined with `sandboxPolicy`.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub permissions: ::std::option::Option<::std::string::String>,
    ///@deprecated `friendly` and `pragmatic` no longer select a style. Changing this does not rewrite the thread's existing instructions.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub personality: ::std::option::Option<Personality>,
    /**Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.

Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.

They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.*/
    #[serde(
        rename = "responsesapiClientMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub responsesapi_client_metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    ///Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected.
    #[serde(
        rename = "responsesapiClientMetadataPatch",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub responsesapi_client_metadata_patch: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    /**ID of the first turn in the chain of work that led to this new turn.

When setting `parentTurnId`, set this to the parent turn's `rootTurnId` when known. This keeps descendant work attributed to the original turn. If omitted, the new turn becomes its own root. Ignored when this request adds input to an active turn.*/
    #[serde(
        rename = "rootTurnId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub root_turn_id: ::std::option::Option<::std::string::String>,
    ///Replace the thread's runtime workspace roots for this turn and subsequent turns. Paths must be absolute.
    #[serde(
        rename = "runtimeWorkspaceRoots",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub runtime_workspace_roots: ::std::option::Option<::std::vec::Vec<AbsolutePathBuf>>,
    ///Override the sandbox policy for this turn and subsequent turns.
    #[serde(
        rename = "sandboxPolicy",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub sandbox_policy: ::std::option::Option<SandboxPolicy>,
    ///Override the service tier for this turn and subsequent turns.
    #[serde(
        rename = "serviceTier",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier: ::std::option::Option<::std::string::String>,
    ///Override the service tier only when this request starts a new turn. Use "default" for standard speed. Omitted or null inherits the thread's tier. Does not change the thread's tier or a turn being steered.
    #[serde(
        rename = "serviceTierForTurn",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub service_tier_for_turn: ::std::option::Option<::std::string::String>,
    ///Override the reasoning summary for this turn and subsequent turns.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub summary: ::std::option::Option<ReasoningSummary>,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    #[serde(
        rename = "toolOutput",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tool_output: ::std::option::Option<TurnToolOutput>,
    ///Optional source classification for the caller that starts this turn. Ignored when this request steers an already-active turn.
    #[serde(
        rename = "turnTrigger",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub turn_trigger: ::std::option::Option<::std::string::String>,
}
///`TurnStartResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnStartResponse {
    pub turn: Turn,
}
///`TurnStartedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnStartedNotification {
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
    pub turn: Turn,
}
///`TurnStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum TurnStatus {
    #[serde(rename = "completed")]
    Completed,
    #[serde(rename = "interrupted")]
    Interrupted,
    #[serde(rename = "failed")]
    Failed,
    #[serde(rename = "inProgress")]
    InProgress,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`TurnSteerParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnSteerParams {
    ///Optional client-provided context fragments keyed by an opaque source identifier.
    #[serde(
        rename = "additionalContext",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_context: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, AdditionalContextEntry>,
    >,
    #[serde(
        rename = "clientUserMessageId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub client_user_message_id: ::std::option::Option<::std::string::String>,
    ///Required active turn id precondition. The request fails when it does not match the currently active turn.
    #[serde(rename = "expectedTurnId")]
    pub expected_turn_id: ::std::string::String,
    pub input: ::std::vec::Vec<UserInput>,
    /**Optional metadata to enrich Codex's ResponsesAPI turn metadata. Replaces unprotected client-provided entries when supplied; an empty map clears them.

Entries are flattened into the JSON string sent as `client_metadata["x-codex-turn-metadata"]` on ResponsesAPI HTTP and websocket requests.

They are not sent as top-level ResponsesAPI `client_metadata` keys, and reserved keys such as `session_id`, `thread_id`, `turn_id`, and `window_id` cannot be overridden.*/
    #[serde(
        rename = "responsesapiClientMetadata",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub responsesapi_client_metadata: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    ///Merge entries into the ResponsesAPI turn metadata without removing existing entries. Applied after `responsesapiClientMetadata` if both are provided; reserved keys remain protected.
    #[serde(
        rename = "responsesapiClientMetadataPatch",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub responsesapi_client_metadata_patch: ::std::option::Option<
        ::std::collections::HashMap<::std::string::String, ::std::string::String>,
    >,
    #[serde(rename = "threadId")]
    pub thread_id: ::std::string::String,
}
///`TurnSteerResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnSteerResponse {
    #[serde(rename = "turnId")]
    pub turn_id: ::std::string::String,
}
///`TurnToolOutput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnToolOutput {
    pub name: ::std::string::String,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub namespace: ::std::option::Option<::std::string::String>,
    pub output: FunctionCallOutputBody,
    ///Requests retention of this output in the thread's model history.
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub retain: ::std::option::Option<bool>,
}
///`TurnsPage`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct TurnsPage {
    #[serde(
        rename = "backwardsCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub backwards_cursor: ::std::option::Option<::std::string::String>,
    pub data: ::std::vec::Vec<Turn>,
    #[serde(
        rename = "nextCursor",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_cursor: ::std::option::Option<::std::string::String>,
}
///`UserInput`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum UserInput {
    ///TextUserInput
    #[serde(rename = "text")]
    Text {
        text: ::std::string::String,
        ///UI-defined spans within `text` used to render or persist special elements.
        #[serde(default, skip_serializing_if = "::std::vec::Vec::is_empty")]
        text_elements: ::std::vec::Vec<TextElement>,
    },
    ///ImageUserInput
    #[serde(rename = "image")]
    Image {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        detail: ::std::option::Option<ImageDetail>,
        ///One of `url`, `fileId` is set.
        #[serde(
            rename = "fileId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        file_id: ::std::option::Option<::std::string::String>,
        ///One of `url`, `fileId` is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        url: ::std::option::Option<::std::string::String>,
    },
    ///LocalImageUserInput
    #[serde(rename = "localImage")]
    LocalImage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        detail: ::std::option::Option<ImageDetail>,
        path: ::std::string::String,
    },
    ///AudioUserInput
    #[serde(rename = "audio")]
    Audio {
        ///One of `url`, `fileId` is set.
        #[serde(
            rename = "fileId",
            skip_serializing_if = "::std::option::Option::is_none"
        )]
        file_id: ::std::option::Option<::std::string::String>,
        ///One of `url`, `fileId` is set.
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        url: ::std::option::Option<::std::string::String>,
    },
    ///LocalAudioUserInput
    #[serde(rename = "localAudio")]
    LocalAudio { path: ::std::string::String },
    ///SkillUserInput
    #[serde(rename = "skill")]
    Skill { name: ::std::string::String, path: ::std::string::String },
    ///MentionUserInput
    #[serde(rename = "mention")]
    Mention { name: ::std::string::String, path: ::std::string::String },
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///Cancels a native verification RPC issued on this connection, not an elicitation. Use a fresh request ID for each operation and a distinct ID for this cancellation RPC.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct UserVerificationCancelParams {
    #[serde(rename = "requestId")]
    pub request_id: RequestId,
}
///Acknowledges the cancellation signal; native work may still be finishing. Unknown or finished requests are a no-op, and completed effects are not rolled back.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct UserVerificationCancelResponse {}
///`UserVerificationCancellationReason`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum UserVerificationCancellationReason {
    #[serde(rename = "userCancelled")]
    UserCancelled,
    #[serde(rename = "interrupted")]
    Interrupted,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`UserVerificationDeleteParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct UserVerificationDeleteParams {}
///`UserVerificationDeleteResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct UserVerificationDeleteResponse {}
///`UserVerificationEnrollParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct UserVerificationEnrollParams {}
///Public metadata for a created or reused local credential. The caller completes backend registration; this response does not establish server enrollment. Older app-servers omit the metadata fields; callers must check both before registration.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct UserVerificationEnrollResponse {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub algorithm: ::std::option::Option<::std::string::String>,
    #[serde(rename = "credentialId")]
    pub credential_id: ::std::string::String,
    ///Unpadded base64url of the SubjectPublicKeyInfo DER encoding.
    #[serde(
        rename = "publicKey",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub public_key: ::std::option::Option<::std::string::String>,
}
///Closed error categories; native diagnostic payloads must not cross this boundary.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type", content = "reason")]
#[non_exhaustive]
pub enum UserVerificationErrorDetails {
    ///InvalidRequestUserVerificationErrorDetails
    #[serde(rename = "invalidRequest")]
    InvalidRequest(UserVerificationInvalidRequestReason),
    ///UnavailableUserVerificationErrorDetails
    #[serde(rename = "unavailable")]
    Unavailable(UserVerificationUnavailableReason),
    ///CancelledUserVerificationErrorDetails
    #[serde(rename = "cancelled")]
    Cancelled(UserVerificationCancellationReason),
    ///FailedUserVerificationErrorDetails
    #[serde(rename = "failed")]
    Failed(UserVerificationFailureReason),
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
impl ::std::convert::From<UserVerificationInvalidRequestReason>
for UserVerificationErrorDetails {
    fn from(value: UserVerificationInvalidRequestReason) -> Self {
        Self::InvalidRequest(value)
    }
}
impl ::std::convert::From<UserVerificationUnavailableReason>
for UserVerificationErrorDetails {
    fn from(value: UserVerificationUnavailableReason) -> Self {
        Self::Unavailable(value)
    }
}
impl ::std::convert::From<UserVerificationCancellationReason>
for UserVerificationErrorDetails {
    fn from(value: UserVerificationCancellationReason) -> Self {
        Self::Cancelled(value)
    }
}
impl ::std::convert::From<UserVerificationFailureReason>
for UserVerificationErrorDetails {
    fn from(value: UserVerificationFailureReason) -> Self {
        Self::Failed(value)
    }
}
///`UserVerificationFailureReason`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum UserVerificationFailureReason {
    #[serde(rename = "authenticationFailed")]
    AuthenticationFailed,
    #[serde(rename = "timeout")]
    Timeout,
    #[serde(rename = "providerError")]
    ProviderError,
    #[serde(rename = "serviceError")]
    ServiceError,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`UserVerificationInvalidRequestReason`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum UserVerificationInvalidRequestReason {
    #[serde(rename = "invalidParams")]
    InvalidParams,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///A signature over the exact decoded challenge. The verifier validates and consumes it.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct UserVerificationProof {
    #[serde(rename = "credentialId")]
    pub credential_id: ::std::string::String,
    ///Unpadded base64url DER ECDSA signature using P-256 and SHA-256.
    pub signature: ::std::string::String,
}
///The error object inside the normal JSON-RPC envelope.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct UserVerificationRpcError {
    pub code: i64,
    pub data: UserVerificationErrorDetails,
    pub message: ::std::string::String,
}
///`UserVerificationStatusParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct UserVerificationStatusParams {}
///Local readiness only; this neither prompts nor queries server registration.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct UserVerificationStatusResponse {
    #[serde(
        rename = "credentialId",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credential_id: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "unavailableMessage",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unavailable_message: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "unavailableReason",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub unavailable_reason: ::std::option::Option<UserVerificationUnavailableReason>,
}
///`UserVerificationUnavailableReason`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum UserVerificationUnavailableReason {
    #[serde(rename = "credentialMissing")]
    CredentialMissing,
    #[serde(rename = "biometricsUnavailable")]
    BiometricsUnavailable,
    #[serde(rename = "providerUnavailable")]
    ProviderUnavailable,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///Local signing primitive, independent of any pending elicitation.
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct UserVerificationVerifyParams {
    ///Unpadded base64url encoding of 1–4096 challenge bytes.
    pub challenge: ::std::string::String,
    ///Additional display context; at most 4096 UTF-8 bytes.
    pub description: ::std::string::String,
    ///Display context already approved by the UI; 1–256 UTF-8 bytes.
    pub title: ::std::string::String,
}
///`UserVerificationVerifyResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct UserVerificationVerifyResponse {
    pub proof: UserVerificationProof,
}
///Controls output length/detail on GPT-5 models via the Responses API. Serialized with lowercase values to match the OpenAI API.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum Verbosity {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "high")]
    High,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`W3cTraceContext`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct W3cTraceContext {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub traceparent: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub tracestate: ::std::option::Option<::std::string::String>,
}
///`WarningNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WarningNotification {
    ///Concise warning message for the user.
    pub message: ::std::string::String,
    ///Optional thread target when the warning applies to a specific thread.
    #[serde(rename = "threadId", skip_serializing_if = "::std::option::Option::is_none")]
    pub thread_id: ::std::option::Option<::std::string::String>,
}
///`WebSearchAction`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
#[serde(tag = "type")]
#[non_exhaustive]
pub enum WebSearchAction {
    ///SearchWebSearchAction
    #[serde(rename = "search")]
    Search {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        queries: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        query: ::std::option::Option<::std::string::String>,
    },
    ///OpenPageWebSearchAction
    #[serde(rename = "openPage")]
    OpenPage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        url: ::std::option::Option<::std::string::String>,
    },
    ///FindInPageWebSearchAction
    #[serde(rename = "findInPage")]
    FindInPage {
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        pattern: ::std::option::Option<::std::string::String>,
        #[serde(skip_serializing_if = "::std::option::Option::is_none")]
        url: ::std::option::Option<::std::string::String>,
    },
    #[serde(rename = "other")]
    Other,
    /// A variant this version of the SDK does not know (sent by a newer server), or a known
    /// one whose fields no longer match the pinned schema: the raw JSON, kept as is.
    #[serde(untagged)]
    Unrecognized(::serde_json::Value),
}
///`WebSearchContextSize`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum WebSearchContextSize {
    #[serde(rename = "low")]
    Low,
    #[serde(rename = "medium")]
    Medium,
    #[serde(rename = "high")]
    High,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`WebSearchLocation`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct WebSearchLocation {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub country: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub region: ::std::option::Option<::std::string::String>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub timezone: ::std::option::Option<::std::string::String>,
}
///`WebSearchMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum WebSearchMode {
    #[serde(rename = "disabled")]
    Disabled,
    #[serde(rename = "cached")]
    Cached,
    #[serde(rename = "indexed")]
    Indexed,
    #[serde(rename = "live")]
    Live,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///Provider preference selected by the resolved model catalog entry.
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum WebSearchProvider {
    #[serde(rename = "standalone")]
    Standalone,
    #[serde(rename = "search_mcp")]
    SearchMcp,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`WebSearchToolConfig`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug, Default)]
pub struct WebSearchToolConfig {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub allowed_domains: ::std::option::Option<::std::vec::Vec<::std::string::String>>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub context_size: ::std::option::Option<WebSearchContextSize>,
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<WebSearchLocation>,
}
///`WindowsSandboxImplementation`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum WindowsSandboxImplementation {
    #[serde(rename = "elevated")]
    Elevated,
    #[serde(rename = "unelevated")]
    Unelevated,
    #[serde(rename = "mxc")]
    Mxc,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`WindowsSandboxReadiness`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum WindowsSandboxReadiness {
    #[serde(rename = "ready")]
    Ready,
    #[serde(rename = "notConfigured")]
    NotConfigured,
    #[serde(rename = "updateRequired")]
    UpdateRequired,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`WindowsSandboxReadinessResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WindowsSandboxReadinessResponse {
    pub status: WindowsSandboxReadiness,
}
///`WindowsSandboxSetupCompletedNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WindowsSandboxSetupCompletedNotification {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub error: ::std::option::Option<::std::string::String>,
    pub mode: WindowsSandboxSetupMode,
    pub success: bool,
}
///`WindowsSandboxSetupMode`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum WindowsSandboxSetupMode {
    #[serde(rename = "elevated")]
    Elevated,
    #[serde(rename = "unelevated")]
    Unelevated,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`WindowsSandboxSetupStartParams`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WindowsSandboxSetupStartParams {
    #[serde(skip_serializing_if = "::std::option::Option::is_none")]
    pub cwd: ::std::option::Option<AbsolutePathBuf>,
    pub mode: WindowsSandboxSetupMode,
}
///`WindowsSandboxSetupStartResponse`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WindowsSandboxSetupStartResponse {
    pub started: bool,
}
///`WindowsWorldWritableWarningNotification`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WindowsWorldWritableWarningNotification {
    #[serde(rename = "extraCount")]
    pub extra_count: u32,
    #[serde(rename = "failedScan")]
    pub failed_scan: bool,
    #[serde(rename = "samplePaths")]
    pub sample_paths: ::std::vec::Vec<::std::string::String>,
}
///`WorkspaceMessage`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkspaceMessage {
    ///Unix timestamp (in seconds) when the message was archived.
    #[serde(
        rename = "archivedAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub archived_at: ::std::option::Option<i64>,
    ///Unix timestamp (in seconds) when the message was created.
    #[serde(
        rename = "createdAt",
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub created_at: ::std::option::Option<i64>,
    #[serde(rename = "messageBody")]
    pub message_body: ::std::string::String,
    #[serde(rename = "messageId")]
    pub message_id: ::std::string::String,
    #[serde(rename = "messageType")]
    pub message_type: WorkspaceMessageType,
}
///`WorkspaceMessageType`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum WorkspaceMessageType {
    #[serde(rename = "headline")]
    Headline,
    #[serde(rename = "announcement")]
    Announcement,
    #[serde(rename = "unknown")]
    Unknown,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
///`WorkspaceRouting`
#[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
pub struct WorkspaceRouting {
    #[serde(rename = "accountRoutingOverride")]
    pub account_routing_override: AccountRoutingOverride,
    #[serde(rename = "backendOrigin")]
    pub backend_origin: ::std::string::String,
    #[serde(rename = "chatgptAccountId")]
    pub chatgpt_account_id: ::std::string::String,
}
///`WriteStatus`
#[derive(
    ::serde::Deserialize,
    ::serde::Serialize,
    Clone,
    Debug,
    Eq,
    Hash,
    Ord,
    PartialEq,
    PartialOrd
)]
#[non_exhaustive]
pub enum WriteStatus {
    #[serde(rename = "ok")]
    Ok,
    #[serde(rename = "okOverridden")]
    OkOverridden,
    /// A value this version of the SDK does not know (sent by a newer server), kept as is.
    #[serde(untagged)]
    Unrecognized(::std::string::String),
}
/// Generation of default values for serde.
pub mod defaults {
    pub(super) fn default_bool<const V: bool>() -> bool {
        V
    }
    pub(super) fn command_execution_request_approval_params_kind() -> super::CommandExecutionApprovalKind {
        super::CommandExecutionApprovalKind::Command
    }
    pub(super) fn hook_run_summary_source() -> super::HookSource {
        super::HookSource::Unknown
    }
    pub(super) fn model_input_modalities() -> ::std::vec::Vec<super::InputModality> {
        vec![super::InputModality::Text, super::InputModality::Image]
    }
    pub(super) fn permissions_request_approval_response_scope() -> super::PermissionGrantScope {
        super::PermissionGrantScope::Turn
    }
    pub(super) fn plugin_summary_availability() -> super::PluginAvailability {
        super::PluginAvailability::Available
    }
    pub(super) fn sandbox_policy_external_sandbox_network_access() -> super::NetworkAccess {
        super::NetworkAccess::Restricted
    }
    pub(super) fn thread_history_mode() -> super::ThreadHistoryMode {
        super::ThreadHistoryMode::Legacy
    }
    pub(super) fn thread_fork_response_multi_agent_mode() -> super::MultiAgentMode {
        super::MultiAgentMode::ExplicitRequestOnly
    }
    pub(super) fn thread_item_command_execution_source() -> super::CommandExecutionSource {
        super::CommandExecutionSource::Agent
    }
    pub(super) fn thread_realtime_append_text_params_role() -> super::ConversationTextRole {
        super::ConversationTextRole::User
    }
    pub(super) fn thread_resume_response_multi_agent_mode() -> super::MultiAgentMode {
        super::MultiAgentMode::ExplicitRequestOnly
    }
    pub(super) fn thread_settings_multi_agent_mode() -> super::MultiAgentMode {
        super::MultiAgentMode::ExplicitRequestOnly
    }
    pub(super) fn thread_start_response_multi_agent_mode() -> super::MultiAgentMode {
        super::MultiAgentMode::ExplicitRequestOnly
    }
    pub(super) fn turn_items_view() -> super::TurnItemsView {
        super::TurnItemsView::Full
    }
}
/// Error types.
pub mod error {
    /// Error from a `TryFrom` or `FromStr` implementation.
    pub struct ConversionError(::std::borrow::Cow<'static, str>);
    impl ::std::error::Error for ConversionError {}
    impl ::std::fmt::Display for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Display::fmt(&self.0, f)
        }
    }
    impl ::std::fmt::Debug for ConversionError {
        fn fmt(
            &self,
            f: &mut ::std::fmt::Formatter<'_>,
        ) -> Result<(), ::std::fmt::Error> {
            ::std::fmt::Debug::fmt(&self.0, f)
        }
    }
    impl From<&'static str> for ConversionError {
        fn from(value: &'static str) -> Self {
            Self(value.into())
        }
    }
    impl From<String> for ConversionError {
        fn from(value: String) -> Self {
            Self(value.into())
        }
    }
}
impl AccountRoutingOverride {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NoConstraint => "NO_CONSTRAINT",
            Self::Us => "us",
            Self::UsCr => "us_cr",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AccountRoutingOverride {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AccountSessionWorkspaceKind {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Personal => "personal",
            Self::Workspace => "workspace",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AccountSessionWorkspaceKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AddCreditsNudgeCreditType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Credits => "credits",
            Self::UsageLimit => "usage_limit",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AddCreditsNudgeCreditType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AddCreditsNudgeEmailStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sent => "sent",
            Self::CooldownActive => "cooldown_active",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AddCreditsNudgeEmailStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AdditionalContextKind {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Untrusted => "untrusted",
            Self::Application => "application",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AdditionalContextKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AgentMessageDelivery {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Async => "async",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AgentMessageDelivery {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AllowDenyRequirement {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AllowDenyRequirement {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AppTemplateUnavailableReason {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotConfiguredForWorkspace => "NOT_CONFIGURED_FOR_WORKSPACE",
            Self::NoActiveWorkspace => "NO_ACTIVE_WORKSPACE",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AppTemplateUnavailableReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AppToolApproval {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Prompt => "prompt",
            Self::Writes => "writes",
            Self::Approve => "approve",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AppToolApproval {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ApprovalsReviewer {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::AutoReview => "auto_review",
            Self::GuardianSubagent => "guardian_subagent",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ApprovalsReviewer {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AuthMode {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Apikey => "apikey",
            Self::Chatgpt => "chatgpt",
            Self::ChatgptAuthTokens => "chatgptAuthTokens",
            Self::Headers => "headers",
            Self::AgentIdentity => "agentIdentity",
            Self::PersonalAccessToken => "personalAccessToken",
            Self::BedrockApiKey => "bedrockApiKey",
            Self::BedrockAccessKeys => "bedrockAccessKeys",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AuthMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AutoCompactTokenLimitScope {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Total => "total",
            Self::BodyAfterPrefix => "body_after_prefix",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AutoCompactTokenLimitScope {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AutoReviewDecisionSource {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agent => "agent",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AutoReviewDecisionSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl AwsCredentialType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessKeys => "accessKeys",
            Self::BedrockApiKey => "bedrockApiKey",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for AwsCredentialType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl BedrockProviderId {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AmazonBedrock => "amazon-bedrock",
            Self::AmazonBedrockRuntime => "amazon-bedrock-runtime",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for BedrockProviderId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl BrowserUseAccessApprovalLifetime {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Turn => "turn",
            Self::Thread => "thread",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for BrowserUseAccessApprovalLifetime {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl CancelLoginAccountStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Canceled => "canceled",
            Self::NotFound => "notFound",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for CancelLoginAccountStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ChatgptAuthTokensRefreshReason {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unauthorized => "unauthorized",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ChatgptAuthTokensRefreshReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl CliAuthCredentialsStoreMode {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Keyring => "keyring",
            Self::Auto => "auto",
            Self::Ephemeral => "ephemeral",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for CliAuthCredentialsStoreMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl CodexResponseHandoffMode {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Thinking => "thinking",
            Self::Commentary => "commentary",
            Self::BemTags => "bemTags",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for CodexResponseHandoffMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl CollabAgentStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PendingInit => "pendingInit",
            Self::Running => "running",
            Self::Interrupted => "interrupted",
            Self::Completed => "completed",
            Self::Errored => "errored",
            Self::Shutdown => "shutdown",
            Self::NotFound => "notFound",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for CollabAgentStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl CollabAgentTool {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::SpawnAgent => "spawnAgent",
            Self::SendInput => "sendInput",
            Self::ResumeAgent => "resumeAgent",
            Self::Wait => "wait",
            Self::CloseAgent => "closeAgent",
            Self::SendMessage => "sendMessage",
            Self::FollowupTask => "followupTask",
            Self::InterruptAgent => "interruptAgent",
            Self::ListAgents => "listAgents",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for CollabAgentTool {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl CollabAgentToolCallStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Interrupted => "interrupted",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for CollabAgentToolCallStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl CommandExecOutputStream {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stdout => "stdout",
            Self::Stderr => "stderr",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for CommandExecOutputStream {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl CommandExecutionApprovalKind {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Command => "command",
            Self::WriteStdin => "writeStdin",
            Self::HumanCommand => "humanCommand",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for CommandExecutionApprovalKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl CommandExecutionSource {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Agent => "agent",
            Self::UserShell => "userShell",
            Self::UnifiedExecStartup => "unifiedExecStartup",
            Self::UnifiedExecInteraction => "unifiedExecInteraction",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for CommandExecutionSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl CommandExecutionStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Declined => "declined",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for CommandExecutionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ConsumeAccountRateLimitResetCreditOutcome {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reset => "reset",
            Self::NothingToReset => "nothingToReset",
            Self::NoCredit => "noCredit",
            Self::AlreadyRedeemed => "alreadyRedeemed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ConsumeAccountRateLimitResetCreditOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ConversationTextRole {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Developer => "developer",
            Self::Assistant => "assistant",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ConversationTextRole {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl CyberAccessProgram {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standard => "standard",
            Self::DaybreakBlue => "daybreakBlue",
            Self::DaybreakRed => "daybreakRed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for CyberAccessProgram {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl DesktopOnboardingEntrypoint {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::LifeSciences => "life_sciences",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for DesktopOnboardingEntrypoint {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl DynamicToolCallStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for DynamicToolCallStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl EnvironmentStatusKind {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ready => "ready",
            Self::Pending => "pending",
            Self::Disconnected => "disconnected",
            Self::Unknown => "unknown",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for EnvironmentStatusKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ExperimentalFeatureStage {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Beta => "beta",
            Self::UnderDevelopment => "underDevelopment",
            Self::Stable => "stable",
            Self::Deprecated => "deprecated",
            Self::Removed => "removed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ExperimentalFeatureStage {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ExternalAgentConfigMigrationItemType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AgentsMd => "AGENTS_MD",
            Self::Config => "CONFIG",
            Self::Skills => "SKILLS",
            Self::Plugins => "PLUGINS",
            Self::McpServerConfig => "MCP_SERVER_CONFIG",
            Self::Subagents => "SUBAGENTS",
            Self::Hooks => "HOOKS",
            Self::Commands => "COMMANDS",
            Self::Memory => "MEMORY",
            Self::Sessions => "SESSIONS",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ExternalAgentConfigMigrationItemType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ExternalAgentDetectedConnectorSource {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RemoteMcpServersConfig => "remoteMcpServersConfig",
            Self::SessionToolUse => "sessionToolUse",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ExternalAgentDetectedConnectorSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ExternalAgentImportedConnectorSource {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RemoteMcpServersConfig => "remoteMcpServersConfig",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ExternalAgentImportedConnectorSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl FileChangeApprovalDecision {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accept => "accept",
            Self::AcceptForSession => "acceptForSession",
            Self::Decline => "decline",
            Self::Cancel => "cancel",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for FileChangeApprovalDecision {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl FileSystemAccessMode {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Write => "write",
            Self::Deny => "deny",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for FileSystemAccessMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ForcedLoginMethod {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Chatgpt => "chatgpt",
            Self::Api => "api",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ForcedLoginMethod {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl FuzzyFileSearchMatchType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::File => "file",
            Self::Directory => "directory",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for FuzzyFileSearchMatchType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl GatewayOAuthStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotReady => "notReady",
            Self::Started => "started",
            Self::Succeeded => "succeeded",
            Self::Failed => "failed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for GatewayOAuthStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl GcpProviderId {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gcp => "gcp",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for GcpProviderId {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl GuardianApprovalReviewStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "inProgress",
            Self::Approved => "approved",
            Self::Denied => "denied",
            Self::TimedOut => "timedOut",
            Self::Aborted => "aborted",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for GuardianApprovalReviewStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl GuardianAssessmentOutcome {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for GuardianAssessmentOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl GuardianCommandSource {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Shell => "shell",
            Self::UnifiedExec => "unifiedExec",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for GuardianCommandSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl GuardianRiskLevel {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Critical => "critical",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for GuardianRiskLevel {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl GuardianUserAuthorization {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for GuardianUserAuthorization {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl HookEventName {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::PreModelRequest => "preModelRequest",
            Self::PostModelRequest => "postModelRequest",
            Self::PreToolUse => "preToolUse",
            Self::PermissionRequest => "permissionRequest",
            Self::PostToolUse => "postToolUse",
            Self::PreCompact => "preCompact",
            Self::PostCompact => "postCompact",
            Self::SessionStart => "sessionStart",
            Self::SessionEnd => "sessionEnd",
            Self::UserPromptSubmit => "userPromptSubmit",
            Self::SubagentStart => "subagentStart",
            Self::SubagentStop => "subagentStop",
            Self::Stop => "stop",
            Self::Interrupt => "interrupt",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for HookEventName {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl HookExecutionMode {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Sync => "sync",
            Self::Async => "async",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for HookExecutionMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl HookHandlerType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Command => "command",
            Self::McpTool => "mcpTool",
            Self::Prompt => "prompt",
            Self::Agent => "agent",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for HookHandlerType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl HookOutputEntryKind {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Warning => "warning",
            Self::Stop => "stop",
            Self::Feedback => "feedback",
            Self::Context => "context",
            Self::Error => "error",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for HookOutputEntryKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl HookRunStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Running => "running",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Blocked => "blocked",
            Self::Stopped => "stopped",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for HookRunStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl HookScope {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Thread => "thread",
            Self::Turn => "turn",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for HookScope {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl HookSource {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::System => "system",
            Self::User => "user",
            Self::Project => "project",
            Self::Mdm => "mdm",
            Self::SessionFlags => "sessionFlags",
            Self::Plugin => "plugin",
            Self::CloudRequirements => "cloudRequirements",
            Self::CloudManagedConfig => "cloudManagedConfig",
            Self::LegacyManagedConfigFile => "legacyManagedConfigFile",
            Self::LegacyManagedConfigMdm => "legacyManagedConfigMdm",
            Self::Unknown => "unknown",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for HookSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl HookTrustStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Managed => "managed",
            Self::Untrusted => "untrusted",
            Self::Trusted => "trusted",
            Self::Modified => "modified",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for HookTrustStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ImageDetail {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Low => "low",
            Self::High => "high",
            Self::Original => "original",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ImageDetail {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl InputModality {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Image => "image",
            Self::Audio => "audio",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for InputModality {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl LocalShellStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::InProgress => "in_progress",
            Self::Incomplete => "incomplete",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for LocalShellStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl LoginAppBrand {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Codex => "codex",
            Self::Chatgpt => "chatgpt",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for LoginAppBrand {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpAppDisplayMode {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inline => "inline",
            Self::Fullscreen => "fullscreen",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpAppDisplayMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpAuthStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unknown => "unknown",
            Self::Unsupported => "unsupported",
            Self::NotLoggedIn => "notLoggedIn",
            Self::BearerToken => "bearerToken",
            Self::OAuth => "oAuth",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpAuthStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpElicitationArrayType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Array => "array",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpElicitationArrayType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpElicitationBooleanType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Boolean => "boolean",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpElicitationBooleanType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpElicitationNumberType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Number => "number",
            Self::Integer => "integer",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpElicitationNumberType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpElicitationObjectType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Object => "object",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpElicitationObjectType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpElicitationStringFormat {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Email => "email",
            Self::Uri => "uri",
            Self::Date => "date",
            Self::DateTime => "date-time",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpElicitationStringFormat {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpElicitationStringType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::String => "string",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpElicitationStringType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpServerConnectionStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotStarted => "notStarted",
            Self::Starting => "starting",
            Self::Connected => "connected",
            Self::AuthenticationRequired => "authenticationRequired",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Disabled => "disabled",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpServerConnectionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpServerElicitationAction {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Accept => "accept",
            Self::Decline => "decline",
            Self::Cancel => "cancel",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpServerElicitationAction {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpServerOauthClientRegistration {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Cimd => "cimd",
            Self::Dcr => "dcr",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpServerOauthClientRegistration {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpServerStartupFailureReason {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReauthenticationRequired => "reauthenticationRequired",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpServerStartupFailureReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpServerStartupState {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Starting => "starting",
            Self::Ready => "ready",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpServerStartupState {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpServerStatusDetail {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Full => "full",
            Self::ToolsAndAuthOnly => "toolsAndAuthOnly",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpServerStatusDetail {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl McpToolCallStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for McpToolCallStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl MergeStrategy {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Replace => "replace",
            Self::Upsert => "upsert",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for MergeStrategy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl MessagePhase {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Commentary => "commentary",
            Self::PartialAnswer => "partial_answer",
            Self::FinalAnswer => "final_answer",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for MessagePhase {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ModeKind {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Plan => "plan",
            Self::Default => "default",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ModeKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ModelRerouteReason {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::HighRiskCyberActivity => "highRiskCyberActivity",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ModelRerouteReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ModelVerification {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::TrustedAccessForCyber => "trustedAccessForCyber",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ModelVerification {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl MultiAgentVersion {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::V1 => "v1",
            Self::V2 => "v2",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for MultiAgentVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl NetworkAccess {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Restricted => "restricted",
            Self::Enabled => "enabled",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for NetworkAccess {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl NetworkApprovalProtocol {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Http => "http",
            Self::Https => "https",
            Self::Socks5Tcp => "socks5Tcp",
            Self::Socks5Udp => "socks5Udp",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for NetworkApprovalProtocol {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl NetworkDomainPermission {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for NetworkDomainPermission {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl NetworkPolicyRuleAction {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for NetworkPolicyRuleAction {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl NetworkUnixSocketPermission {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Allow => "allow",
            Self::Deny => "deny",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for NetworkUnixSocketPermission {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl NonSteerableTurnKind {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Review => "review",
            Self::Compact => "compact",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for NonSteerableTurnKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl OtelHttpProtocol {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Binary => "binary",
            Self::Json => "json",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for OtelHttpProtocol {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PatchApplyStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Failed => "failed",
            Self::Declined => "declined",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PatchApplyStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PermissionGrantScope {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Turn => "turn",
            Self::Session => "session",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PermissionGrantScope {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Personality {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::None => "none",
            Self::Friendly => "friendly",
            Self::Pragmatic => "pragmatic",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for Personality {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PlanType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Free => "free",
            Self::Go => "go",
            Self::Plus => "plus",
            Self::Pro => "pro",
            Self::Prolite => "prolite",
            Self::Promax => "promax",
            Self::Team => "team",
            Self::SelfServeBusinessProlite => "self_serve_business_prolite",
            Self::SelfServeBusinessUsageBased => "self_serve_business_usage_based",
            Self::Business => "business",
            Self::Ent26 => "ent26",
            Self::EnterpriseCbpAutomation => "enterprise_cbp_automation",
            Self::EnterpriseCbpUsageBased => "enterprise_cbp_usage_based",
            Self::Enterprise => "enterprise",
            Self::Edu => "edu",
            Self::EduPlus => "edu_plus",
            Self::EduPro => "edu_pro",
            Self::Sci => "sci",
            Self::SciPlus => "sci_plus",
            Self::Unknown => "unknown",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PlanType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginAuthPolicy {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::OnInstall => "ON_INSTALL",
            Self::OnUse => "ON_USE",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginAuthPolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginAvailability {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DisabledByAdmin => "DISABLED_BY_ADMIN",
            Self::Available => "AVAILABLE",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginAvailability {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginDisabledReason {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::DisabledByAdmin => "disabled_by_admin",
            Self::PlanNotEligible => "plan_not_eligible",
            Self::RequiredAppUnavailable => "required_app_unavailable",
            Self::Unknown => "unknown",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginDisabledReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginInstallPolicy {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotAvailable => "NOT_AVAILABLE",
            Self::Available => "AVAILABLE",
            Self::InstalledByDefault => "INSTALLED_BY_DEFAULT",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginInstallPolicy {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginInstallPolicySource {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WorkspaceSetting => "WORKSPACE_SETTING",
            Self::ImplicitCanonicalApp => "IMPLICIT_CANONICAL_APP",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginInstallPolicySource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginListMarketplaceKind {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Local => "local",
            Self::Vertical => "vertical",
            Self::WorkspaceDirectory => "workspace-directory",
            Self::SharedWithMe => "shared-with-me",
            Self::CreatedByMeRemote => "created-by-me-remote",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginListMarketplaceKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginSearchScope {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Global => "global",
            Self::Workspace => "workspace",
            Self::Personal => "personal",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginSearchScope {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginShareDiscoverability {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Listed => "LISTED",
            Self::Unlisted => "UNLISTED",
            Self::Private => "PRIVATE",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginShareDiscoverability {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginSharePrincipalRole {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reader => "reader",
            Self::Editor => "editor",
            Self::Owner => "owner",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginSharePrincipalRole {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginSharePrincipalType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Group => "group",
            Self::Workspace => "workspace",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginSharePrincipalType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginShareTargetRole {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Reader => "reader",
            Self::Editor => "editor",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginShareTargetRole {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl PluginShareUpdateDiscoverability {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Unlisted => "UNLISTED",
            Self::Private => "PRIVATE",
            Self::Listed => "LISTED",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for PluginShareUpdateDiscoverability {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ProcessOutputStream {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Stdout => "stdout",
            Self::Stderr => "stderr",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ProcessOutputStream {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ProjectChangeType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Updated => "updated",
            Self::Deleted => "deleted",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ProjectChangeType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ProjectSortKey {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Position => "position",
            Self::RecencyAt => "recencyAt",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ProjectSortKey {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl RateLimitReachedType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RateLimitReached => "rate_limit_reached",
            Self::WorkspaceOwnerCreditsDepleted => "workspace_owner_credits_depleted",
            Self::WorkspaceMemberCreditsDepleted => "workspace_member_credits_depleted",
            Self::WorkspaceOwnerUsageLimitReached => {
                "workspace_owner_usage_limit_reached"
            }
            Self::WorkspaceMemberUsageLimitReached => {
                "workspace_member_usage_limit_reached"
            }
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for RateLimitReachedType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl RateLimitResetCreditStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Available => "available",
            Self::Redeeming => "redeeming",
            Self::Redeemed => "redeemed",
            Self::Unknown => "unknown",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for RateLimitResetCreditStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl RateLimitResetType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CodexRateLimits => "codexRateLimits",
            Self::Unknown => "unknown",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for RateLimitResetType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl RealtimeConversationVersion {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::V1 => "v1",
            Self::V2 => "v2",
            Self::V3 => "v3",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for RealtimeConversationVersion {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl RealtimeOutputModality {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Text => "text",
            Self::Audio => "audio",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for RealtimeOutputModality {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl RealtimeVoice {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Alloy => "alloy",
            Self::Arbor => "arbor",
            Self::Ash => "ash",
            Self::Aube => "aube",
            Self::Ballad => "ballad",
            Self::Breeze => "breeze",
            Self::Bubbie => "bubbie",
            Self::Cedar => "cedar",
            Self::Coral => "coral",
            Self::Cove => "cove",
            Self::Echo => "echo",
            Self::Ember => "ember",
            Self::Haetsal => "haetsal",
            Self::Hanul => "hanul",
            Self::Himari => "himari",
            Self::Juniper => "juniper",
            Self::Leher => "leher",
            Self::Maple => "maple",
            Self::Marin => "marin",
            Self::Miko => "miko",
            Self::Neer => "neer",
            Self::Porto => "porto",
            Self::Rindo => "rindo",
            Self::Rio => "rio",
            Self::Rivage => "rivage",
            Self::Sage => "sage",
            Self::Selva => "selva",
            Self::Shimmer => "shimmer",
            Self::Sol => "sol",
            Self::Sonna => "sonna",
            Self::Spruce => "spruce",
            Self::Tinta => "tinta",
            Self::Vale => "vale",
            Self::Verse => "verse",
            Self::Viola => "viola",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for RealtimeVoice {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ReasoningSummary {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Auto => "auto",
            Self::Concise => "concise",
            Self::Detailed => "detailed",
            Self::None => "none",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ReasoningSummary {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl RemoteControlClientsListOrder {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for RemoteControlClientsListOrder {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl RemoteControlConnectionStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Connecting => "connecting",
            Self::Connected => "connected",
            Self::Errored => "errored",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for RemoteControlConnectionStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ResidencyRequirement {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Us => "us",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ResidencyRequirement {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ReviewDelivery {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Inline => "inline",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ReviewDelivery {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl SandboxMode {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ReadOnly => "read-only",
            Self::WorkspaceWrite => "workspace-write",
            Self::DangerFullAccess => "danger-full-access",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for SandboxMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ScheduledTaskWeekday {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Mo => "MO",
            Self::Tu => "TU",
            Self::We => "WE",
            Self::Th => "TH",
            Self::Fr => "FR",
            Self::Sa => "SA",
            Self::Su => "SU",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ScheduledTaskWeekday {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl SkillScope {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Repo => "repo",
            Self::System => "system",
            Self::Admin => "admin",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for SkillScope {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl SortDirection {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Asc => "asc",
            Self::Desc => "desc",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for SortDirection {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl SubAgentActivityKind {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Started => "started",
            Self::Interacted => "interacted",
            Self::Interrupted => "interrupted",
            Self::Completed => "completed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for SubAgentActivityKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadActiveFlag {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::WaitingOnApproval => "waitingOnApproval",
            Self::WaitingOnUserInput => "waitingOnUserInput",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadActiveFlag {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadAttachmentAddOutcome {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Existing => "existing",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadAttachmentAddOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadAttachmentOperation {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Created => "created",
            Self::Deleted => "deleted",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadAttachmentOperation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadGoalMutationOrigin {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Automatic => "automatic",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadGoalMutationOrigin {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadGoalStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Active => "active",
            Self::Paused => "paused",
            Self::Blocked => "blocked",
            Self::UsageLimited => "usageLimited",
            Self::BudgetLimited => "budgetLimited",
            Self::Complete => "complete",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadGoalStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadHistoryMode {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Legacy => "legacy",
            Self::Paginated => "paginated",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadHistoryMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadMemoryMode {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Enabled => "enabled",
            Self::Disabled => "disabled",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadMemoryMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadReadStateOperation {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Read => "read",
            Self::Unread => "unread",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadReadStateOperation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadRealtimeSessionOutcome {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ended => "ended",
            Self::Failed => "failed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadRealtimeSessionOutcome {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadRealtimeTranscriptRole {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::User => "user",
            Self::Assistant => "assistant",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadRealtimeTranscriptRole {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadSearchSortKey {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::UpdatedAt => "updated_at",
            Self::RecencyAt => "recency_at",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadSearchSortKey {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadSortKey {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CreatedAt => "created_at",
            Self::UpdatedAt => "updated_at",
            Self::RecencyAt => "recency_at",
            Self::SectionPosition => "section_position",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadSortKey {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadSourceKind {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Cli => "cli",
            Self::Vscode => "vscode",
            Self::Exec => "exec",
            Self::AppServer => "appServer",
            Self::SubAgent => "subAgent",
            Self::SubAgentReview => "subAgentReview",
            Self::SubAgentCompact => "subAgentCompact",
            Self::SubAgentThreadSpawn => "subAgentThreadSpawn",
            Self::SubAgentOther => "subAgentOther",
            Self::Unknown => "unknown",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadSourceKind {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadStartSource {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Startup => "startup",
            Self::Clear => "clear",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadStartSource {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ThreadUnsubscribeStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotLoaded => "notLoaded",
            Self::NotSubscribed => "notSubscribed",
            Self::Unsubscribed => "unsubscribed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ThreadUnsubscribeStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ToolExposureSurface {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CodeMode => "code_mode",
            Self::Deferred => "deferred",
            Self::Direct => "direct",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for ToolExposureSurface {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl TurnItemsView {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::NotLoaded => "notLoaded",
            Self::Summary => "summary",
            Self::Full => "full",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for TurnItemsView {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl TurnPlanStepStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pending => "pending",
            Self::InProgress => "inProgress",
            Self::Completed => "completed",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for TurnPlanStepStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl TurnSettingsUpdateStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Applied => "applied",
            Self::TargetUnavailable => "targetUnavailable",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for TurnSettingsUpdateStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl TurnStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Completed => "completed",
            Self::Interrupted => "interrupted",
            Self::Failed => "failed",
            Self::InProgress => "inProgress",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for TurnStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl UserVerificationCancellationReason {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::UserCancelled => "userCancelled",
            Self::Interrupted => "interrupted",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for UserVerificationCancellationReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl UserVerificationFailureReason {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthenticationFailed => "authenticationFailed",
            Self::Timeout => "timeout",
            Self::ProviderError => "providerError",
            Self::ServiceError => "serviceError",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for UserVerificationFailureReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl UserVerificationInvalidRequestReason {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidParams => "invalidParams",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for UserVerificationInvalidRequestReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl UserVerificationUnavailableReason {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::CredentialMissing => "credentialMissing",
            Self::BiometricsUnavailable => "biometricsUnavailable",
            Self::ProviderUnavailable => "providerUnavailable",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for UserVerificationUnavailableReason {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl Verbosity {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for Verbosity {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl WebSearchContextSize {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for WebSearchContextSize {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl WebSearchMode {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Disabled => "disabled",
            Self::Cached => "cached",
            Self::Indexed => "indexed",
            Self::Live => "live",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for WebSearchMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl WebSearchProvider {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Standalone => "standalone",
            Self::SearchMcp => "search_mcp",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for WebSearchProvider {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl WindowsSandboxImplementation {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Elevated => "elevated",
            Self::Unelevated => "unelevated",
            Self::Mxc => "mxc",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for WindowsSandboxImplementation {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl WindowsSandboxReadiness {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ready => "ready",
            Self::NotConfigured => "notConfigured",
            Self::UpdateRequired => "updateRequired",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for WindowsSandboxReadiness {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl WindowsSandboxSetupMode {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Elevated => "elevated",
            Self::Unelevated => "unelevated",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for WindowsSandboxSetupMode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl WorkspaceMessageType {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Headline => "headline",
            Self::Announcement => "announcement",
            Self::Unknown => "unknown",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for WorkspaceMessageType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl WriteStatus {
    /// The value as it is spelled on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Ok => "ok",
            Self::OkOverridden => "okOverridden",
            Self::Unrecognized(value) => value,
        }
    }
}
impl ::std::fmt::Display for WriteStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
