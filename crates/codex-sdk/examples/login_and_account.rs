//! Login and account: show the account, log in with an API key from `OPENAI_API_KEY` when it
//! is set, or with ChatGPT (`--chatgpt`, in a browser; `--device-code` without one).
#![allow(clippy::print_stdout)]

use codex_sdk::Codex;

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let codex = Codex::start().await?;
    let account = codex.account().await?;
    match &account.account {
        Some(account) => println!("logged in: {account:?}"),
        None => println!(
            "not logged in (OpenAI auth required: {})",
            account.requires_openai_auth
        ),
    }

    let flag = std::env::args().nth(1);
    if let Ok(key) = std::env::var("OPENAI_API_KEY") {
        codex.login_api_key(key).await?;
        println!(
            "logged in with the API key: {:?}",
            codex.account().await?.account
        );
    } else if matches!(flag.as_deref(), Some("--chatgpt" | "--device-code")) {
        let mut login = if flag.as_deref() == Some("--chatgpt") {
            codex.login_chatgpt().await?
        } else {
            codex.login_chatgpt_device_code().await?
        };
        println!(
            "open {} {}",
            login.url,
            login
                .user_code
                .as_deref()
                .map(|c| format!("and enter {c}"))
                .unwrap_or_default()
        );
        let done = login.wait().await?;
        println!("login finished: success={} {:?}", done.success, done.error);
    }
    codex.close().await;
    Ok(())
}
