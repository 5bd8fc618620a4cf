//! Local image: send an image file from disk (the server reads it). Pass a path, or the
//! example writes a tiny PNG to a temporary file.
#![allow(clippy::print_stdout)]

use std::path::PathBuf;

use codex_sdk::{Codex, InputItem};

/// A 1x1 PNG.
const PNG: &[u8] = &[
    0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52,
    0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F, 0x15, 0xC4,
    0x89, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0xF8, 0xCF, 0xC0, 0xF0,
    0x1F, 0x00, 0x05, 0x00, 0x01, 0xFF, 0x89, 0x99, 0x3D, 0x1D, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45,
    0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
];

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let path = match std::env::args_os().nth(1) {
        Some(path) => PathBuf::from(path),
        None => {
            let path =
                std::env::temp_dir().join(format!("codex-sdk-example-{}.png", std::process::id()));
            std::fs::write(&path, PNG)?;
            path
        }
    };
    let codex = Codex::start().await?;
    let thread = codex.thread_start(None).await?;
    let input = vec![
        InputItem::Text("Describe this image.".into()),
        InputItem::LocalImage(path.clone()),
    ];
    let result = thread.run(input).await?;
    println!(
        "{}: {}",
        path.display(),
        result.final_response.unwrap_or_default()
    );
    codex.close().await;
    Ok(())
}
