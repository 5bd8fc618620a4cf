//! What a turn is given: text, images, skills, mentions, or an external message.

use std::path::PathBuf;

use codex_protocol::{FunctionCallOutputBody, TurnToolOutput, UserInput};

/// One item of a turn's input.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum InputItem {
    /// Text from the user.
    Text(String),
    /// An image by URL (`https://...` or a `data:` URL).
    ImageUrl(String),
    /// An image file on the machine the server runs on.
    LocalImage(PathBuf),
    /// A skill, by name and the path of its `SKILL.md`.
    Skill {
        /// The skill's name.
        name: String,
        /// Where the skill lives.
        path: PathBuf,
    },
    /// A mention of a file or resource, by name and path.
    Mention {
        /// The name shown for it.
        name: String,
        /// Its path.
        path: PathBuf,
    },
    /// Any input item of the protocol, as is (audio, an image by file id, ...).
    Raw(UserInput),
}

impl InputItem {
    fn into_user_input(self) -> UserInput {
        match self {
            InputItem::Text(text) => UserInput::Text {
                text,
                text_elements: Vec::new(),
            },
            InputItem::ImageUrl(url) => UserInput::Image {
                detail: None,
                file_id: None,
                url: Some(url),
            },
            InputItem::LocalImage(path) => UserInput::LocalImage {
                detail: None,
                path: path_string(path),
            },
            InputItem::Skill { name, path } => UserInput::Skill {
                name,
                path: path_string(path),
            },
            InputItem::Mention { name, path } => UserInput::Mention {
                name,
                path: path_string(path),
            },
            InputItem::Raw(input) => input,
        }
    }
}

fn path_string(path: PathBuf) -> String {
    path.to_string_lossy().into_owned()
}

/// Content from outside the conversation (a webhook, another agent, a monitoring system)
/// delivered to the model as the output of a tool: untrusted content with tool-level
/// authority. It starts a turn, or joins the thread's active turn. It must be the whole input
/// of a turn.
#[derive(Debug, Clone)]
pub struct ExternalMessage {
    /// The tool the content is attributed to (not empty).
    pub tool_name: String,
    /// The content.
    pub content: String,
    /// The tool's namespace, if any.
    pub namespace: Option<String>,
}

impl ExternalMessage {
    /// Content attributed to `tool_name`.
    pub fn new(tool_name: impl Into<String>, content: impl Into<String>) -> Self {
        ExternalMessage {
            tool_name: tool_name.into(),
            content: content.into(),
            namespace: None,
        }
    }

    /// Sets the tool's namespace.
    #[must_use]
    pub fn namespace(mut self, namespace: impl Into<String>) -> Self {
        self.namespace = Some(namespace.into());
        self
    }

    pub(crate) fn into_tool_output(self) -> Result<TurnToolOutput, crate::Error> {
        if self.tool_name.trim().is_empty() {
            return Err(crate::Error::InvalidInput(
                "an external message needs a tool name".into(),
            ));
        }
        let mut output =
            TurnToolOutput::new(self.tool_name, FunctionCallOutputBody::String(self.content));
        output.namespace = self.namespace;
        Ok(output)
    }
}

/// The input of a turn: one or more items, or an external message.
///
/// `&str`, `String`, an [`InputItem`], a `Vec<InputItem>` and an [`ExternalMessage`] all
/// convert into it, so `thread.run("hello")` works.
#[derive(Debug, Clone)]
pub struct Input(pub(crate) InputKind);

#[derive(Debug, Clone)]
pub(crate) enum InputKind {
    Items(Vec<InputItem>),
    External(ExternalMessage),
}

impl Input {
    /// The items as the protocol sends them (empty for an external message).
    pub(crate) fn into_wire(
        self,
    ) -> Result<(Vec<UserInput>, Option<TurnToolOutput>), crate::Error> {
        match self.0 {
            InputKind::Items(items) if items.is_empty() => Err(crate::Error::InvalidInput(
                "a turn needs at least one input item".into(),
            )),
            InputKind::Items(items) => Ok((
                items.into_iter().map(InputItem::into_user_input).collect(),
                None,
            )),
            InputKind::External(message) => Ok((Vec::new(), Some(message.into_tool_output()?))),
        }
    }

    /// The text items joined, for logs and errors.
    pub fn text(&self) -> String {
        match &self.0 {
            InputKind::Items(items) => items
                .iter()
                .filter_map(|i| match i {
                    InputItem::Text(t) => Some(t.as_str()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join("\n"),
            InputKind::External(message) => message.content.clone(),
        }
    }
}

impl From<&str> for Input {
    fn from(text: &str) -> Self {
        Input(InputKind::Items(vec![InputItem::Text(text.to_owned())]))
    }
}

impl From<String> for Input {
    fn from(text: String) -> Self {
        Input(InputKind::Items(vec![InputItem::Text(text)]))
    }
}

impl From<&String> for Input {
    fn from(text: &String) -> Self {
        Input::from(text.as_str())
    }
}

impl From<InputItem> for Input {
    fn from(item: InputItem) -> Self {
        Input(InputKind::Items(vec![item]))
    }
}

impl From<Vec<InputItem>> for Input {
    fn from(items: Vec<InputItem>) -> Self {
        Input(InputKind::Items(items))
    }
}

impl<const N: usize> From<[InputItem; N]> for Input {
    fn from(items: [InputItem; N]) -> Self {
        Input(InputKind::Items(items.into()))
    }
}

impl From<ExternalMessage> for Input {
    fn from(message: ExternalMessage) -> Self {
        Input(InputKind::External(message))
    }
}

impl From<&str> for InputItem {
    fn from(text: &str) -> Self {
        InputItem::Text(text.to_owned())
    }
}

impl From<String> for InputItem {
    fn from(text: String) -> Self {
        InputItem::Text(text)
    }
}
