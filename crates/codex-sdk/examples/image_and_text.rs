//! Image and text: several input items in one turn, an image given by URL.
#![allow(clippy::print_stdout)]

use codex_sdk::{Codex, InputItem};

/// A 1x1 PNG as a data URL; an `https://` URL works the same way.
const IMAGE_URL: &str = "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==";

#[tokio::main]
async fn main() -> Result<(), codex_sdk::Error> {
    let codex = Codex::start().await?;
    let thread = codex.thread_start(None).await?;
    let input = vec![
        InputItem::Text("What color is this image?".into()),
        InputItem::ImageUrl(IMAGE_URL.into()),
    ];
    let result = thread.run(input).await?;
    println!("{}", result.final_response.unwrap_or_default());
    codex.close().await;
    Ok(())
}
