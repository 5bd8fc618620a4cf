//! Emits the server-request side of codex-sdk: the `ApprovalHandler` trait with one method per
//! request the server sends, the `Approvals` closure builder with one setter per method, and
//! the routing of each `ServerRequest` variant to its method.
//!
//! Every request of the pinned schema gets a method. The requests that ask the user to let the
//! agent act have a fail-closed answer written in the SDK (`approval::fail_closed`); the table
//! below names them and says what that answer is. Any other request, including one a new pin
//! adds, is refused by default with "method not found", so a schema bump needs no hand edit and
//! lets nothing through.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::codegen::methods::experimental_cfg;
use crate::codegen::naming::{ident, snake_case};
use crate::codegen::tables::{Direction, Method, MethodTables, Response};

/// The server request that calls a dynamic tool: routed to the thread's tools, not to the
/// handler.
const TOOL_CALL: &str = "item/tool/call";

/// A server request that lets the agent act, or asks the user something, and the answer the
/// SDK gives when the user's code gives none: `approval::fail_closed::<handler>()`.
struct FailClosed {
    method: &'static str,
    /// The handler method's name.
    handler: &'static str,
    /// The first doc line of the handler method.
    summary: &'static str,
    /// What the fail-closed answer is, for the docs.
    says: &'static str,
}

/// The requests with a fail-closed answer. A method of this table that the pin lacks is
/// skipped; a request the pin has and this table lacks is refused by default.
const FAIL_CLOSED: &[FailClosed] = &[
    FailClosed {
        method: "item/commandExecution/requestApproval",
        handler: "command_execution",
        summary: "A command wants to run.",
        says: "`decline`",
    },
    FailClosed {
        method: "item/fileChange/requestApproval",
        handler: "file_change",
        summary: "Files are about to change.",
        says: "`decline`",
    },
    FailClosed {
        method: "item/permissions/requestApproval",
        handler: "permissions",
        summary: "The agent asks for more permissions (file system, network).",
        says: "grant nothing, for this turn",
    },
    FailClosed {
        method: "item/tool/requestUserInput",
        handler: "user_input",
        summary: "The agent asks the user questions.",
        says: "no answers",
    },
    FailClosed {
        method: "mcpServer/elicitation/request",
        handler: "mcp_elicitation",
        summary: "An MCP server asks the user for input.",
        says: "`decline`",
    },
    FailClosed {
        method: "execCommandApproval",
        handler: "exec_command_legacy",
        summary: "The legacy (v1) command approval.",
        says: "`denied`",
    },
    FailClosed {
        method: "applyPatchApproval",
        handler: "apply_patch_legacy",
        summary: "The legacy (v1) patch approval.",
        says: "`denied`",
    },
];

/// One server request as the handler sees it.
struct Request<'a> {
    method: &'a Method,
    /// The handler method (`command_execution`, `attestation_generate`).
    name: syn::Ident,
    /// Its fail-closed answer, or `None` when the default refuses.
    fail_closed: Option<&'static FailClosed>,
    params: TokenStream,
    response: TokenStream,
    cfg: TokenStream,
}

impl Request<'_> {
    /// What the method returns: the response, or a result when the default refuses.
    fn output(&self) -> TokenStream {
        let response = &self.response;
        match self.fail_closed {
            Some(_) => quote!(#response),
            None => quote!(::std::result::Result<#response, RpcError>),
        }
    }

    fn default_says(&self) -> String {
        match self.fail_closed {
            Some(known) => known.says.to_owned(),
            None => "a JSON-RPC \"method not found\" error".to_owned(),
        }
    }
}

/// The generated `handler.rs` of codex-sdk.
pub(crate) fn generate(tables: &MethodTables) -> TokenStream {
    let mut requests = Vec::new();
    let mut tool_routes = Vec::new();
    for method in tables.methods(Direction::ServerRequest) {
        let known = FAIL_CLOSED.iter().find(|k| k.method == method.name);
        let cfg = experimental_cfg(method);
        if method.name == TOOL_CALL {
            let variant = format_ident!("{}", method.marker);
            tool_routes.push(quote! {
                #cfg
                ServerRequest::#variant(params) => {
                    let tools = Arc::clone(tools);
                    reply(async move { tools.call(*params).await })
                }
            });
            continue;
        }
        let name = match known {
            Some(k) => k.handler.to_owned(),
            None => snake_case(&method.name.replace('/', "_")),
        };
        requests.push(Request {
            method,
            name: ident(&name),
            fail_closed: known,
            params: protocol_type(method.params.as_deref()),
            response: match &method.response {
                Some(Response::Typed(name)) => protocol_type(Some(name)),
                _ => quote!(::serde_json::Value),
            },
            cfg,
        });
    }
    let handler = handler_trait(&requests);
    let approvals = approvals_builder(&requests);
    let routes = requests.iter().map(|r| {
        let variant = format_ident!("{}", r.method.marker);
        let (name, cfg) = (&r.name, &r.cfg);
        let reply = if r.fail_closed.is_some() {
            quote!(reply)
        } else {
            quote!(reply_result)
        };
        // A request without params is a unit variant, and its method takes `()`.
        let (pattern, argument) = match r.method.params {
            Some(_) => (quote!(ServerRequest::#variant(params)), quote!(*params)),
            None => (quote!(ServerRequest::#variant), quote!(())),
        };
        quote! {
            #cfg
            #pattern => #reply(async move { handler.#name(#argument).await })
        }
    });
    let asking = requests
        .iter()
        .filter(|r| r.fail_closed.is_some())
        .map(|r| {
            let variant = format_ident!("{}", r.method.marker);
            let cfg = &r.cfg;
            let pattern = match r.method.params {
                Some(_) => quote!(ServerRequest::#variant(_)),
                None => quote!(ServerRequest::#variant),
            };
            quote! {
                #cfg
                #pattern => true,
            }
        });
    quote! {
        use std::future::Future;
        use std::sync::Arc;

        use codex_protocol::ServerRequest;
        use codex_transport::RpcError;
        use serde_json::Value;

        use crate::answer::{Answer, Callback, boxed, reply, reply_other, reply_result};
        use crate::decision::{fail_closed, refuse};
        use crate::tools::ToolRegistry;

        #handler
        #approvals

        /// Whether `request` is one that lets the agent act or asks the user something (those
        /// with a fail-closed answer), for the approval spans.
        pub(crate) fn asks_the_user(request: &ServerRequest) -> bool {
            match request {
                #(#asking)*
                _ => false,
            }
        }

        /// The answer to `request`: its handler method, or the thread's dynamic tools.
        pub(crate) fn route<H: ApprovalHandler>(
            handler: Arc<H>,
            tools: &Arc<ToolRegistry>,
            request: ServerRequest,
        ) -> Answer {
            match request {
                #(#routes,)*
                #(#tool_routes)*
                // Methods newer than this SDK (and experimental ones without the feature) go to
                // `other_request` as JSON: refused unless the user answers them.
                other => reply_other(other, move |method, params| async move {
                    handler.other_request(&method, params).await
                }),
            }
        }
    }
}

/// `codex_protocol::Name`, or `()` for no params.
fn protocol_type(name: Option<&str>) -> TokenStream {
    match name {
        Some(name) => {
            let name = format_ident!("{name}");
            quote!(codex_protocol::#name)
        }
        None => quote!(()),
    }
}

/// The handler method's docs: the summary, the wire name and the schema's description, and the
/// default answer.
fn method_doc(request: &Request<'_>) -> String {
    let mut doc = String::new();
    if let Some(known) = request.fail_closed {
        doc.push_str(known.summary);
        doc.push_str("\n\n");
    }
    doc.push_str(&crate::codegen::methods::method_doc_text(request.method));
    doc.push_str(&format!("\n\nDefault answer: {}.", request.default_says()));
    doc.replace('[', "\\[").replace(']', "\\]")
}

fn handler_trait(requests: &[Request<'_>]) -> TokenStream {
    let mut table = String::from("| request | method | default answer |\n|---|---|---|\n");
    for r in requests {
        table.push_str(&format!(
            "| `{}` | [`{}`](ApprovalHandler::{}) | {} |\n",
            r.method.name,
            r.name,
            r.name,
            r.default_says()
        ));
    }
    table.push_str(
        "| any other request | [`other_request`](ApprovalHandler::other_request) | a JSON-RPC \
         \"method not found\" error |\n",
    );
    let doc = format!(
        "Answers the requests the server sends while a turn runs: one method per request of the \
         protocol. Every method has a default, so implement only the ones you care about. The \
         defaults fail closed, and are what a [`Codex`](crate::Codex) without a handler \
         answers:\n\n{table}\n\
         Accepting everything is [`DangerouslyAcceptAll`](crate::DangerouslyAcceptAll), an \
         explicit choice. Requests for dynamic tools (`{TOOL_CALL}`) go to the tools registered \
         on the thread. Each request is handled in its own task: a slow answer holds up nothing else. A \
         handler that panics is answered for with a JSON-RPC \"internal error\" (the server \
         treats that as a refusal), and the connection goes on."
    );
    let methods = requests.iter().map(|r| {
        let (name, params, cfg) = (&r.name, &r.params, &r.cfg);
        let output = r.output();
        let doc = method_doc(r);
        let body = match r.fail_closed {
            Some(_) => quote!(async { fail_closed::#name() }),
            None => {
                let wire = &r.method.name;
                quote!(async { Err(refuse(#wire)) })
            }
        };
        quote! {
            #cfg
            #[doc = #doc]
            fn #name(&self, request: #params) -> impl Future<Output = #output> + Send {
                let _ = request;
                #body
            }
        }
    });
    quote! {
        #[doc = #doc]
        pub trait ApprovalHandler: Send + Sync + 'static {
            #(#methods)*

            /// Any request this SDK does not know: a method newer than it, or an experimental
            /// one without the `experimental` feature, with its params as JSON. Return the
            /// JSON-RPC `result`, or an error. The default refuses with "method not found".
            fn other_request(
                &self,
                method: &str,
                params: Value,
            ) -> impl Future<Output = ::std::result::Result<Value, RpcError>> + Send {
                let _ = params;
                let error = refuse(method);
                async move { Err(error) }
            }
        }
    }
}

fn approvals_builder(requests: &[Request<'_>]) -> TokenStream {
    let fields = requests.iter().map(|r| {
        let (name, params, cfg) = (&r.name, &r.params, &r.cfg);
        let output = r.output();
        quote! {
            #cfg
            pub(crate) #name: Option<Callback<#params, #output>>,
        }
    });
    let debug_fields = requests.iter().map(|r| {
        let (name, cfg) = (&r.name, &r.cfg);
        let label = name.to_string();
        quote! {
            #cfg
            debug.field(#label, &self.#name.is_some());
        }
    });
    let setters = requests.iter().map(|r| {
        let (name, params, cfg) = (&r.name, &r.params, &r.cfg);
        let output = r.output();
        let setter = format_ident!("on_{}", name.to_string().trim_start_matches("r#"));
        let doc = format!(
            "Answers `{}` with `answer` (see [`ApprovalHandler::{name}`]).",
            r.method.name
        );
        quote! {
            #cfg
            #[doc = #doc]
            #[must_use]
            pub fn #setter<F, Fut>(mut self, answer: F) -> Self
            where
                F: Fn(#params) -> Fut + Send + Sync + 'static,
                Fut: Future<Output = #output> + Send + 'static,
            {
                self.#name = Some(boxed(answer));
                self
            }
        }
    });
    let answers = requests.iter().map(|r| {
        let (name, params, cfg) = (&r.name, &r.params, &r.cfg);
        let output = r.output();
        quote! {
            #cfg
            async fn #name(&self, request: #params) -> #output {
                match &self.#name {
                    Some(answer) => answer(request).await,
                    None => Defaults.#name(request).await,
                }
            }
        }
    });
    quote! {
        /// An [`ApprovalHandler`] made of closures, one per request you care about; the others
        /// get the defaults, which refuse (answering only commands declines every file change).
        ///
        /// Approving a command lets it run **outside the sandbox**: decide on what will run (the
        /// argv), never on the server's `command_actions`, a parse for display.
        ///
        /// ```
        /// use codex_sdk::{Approvals, CommandAllowList, ProgramRule};
        ///
        /// // Accept `ls` and `cat` of any path, nothing else; file changes only inside the workspace.
        /// let approvals = Approvals::new()
        ///     .accept_commands_in(
        ///         CommandAllowList::new()
        ///             .program(ProgramRule::new("ls").flags(&["-l", "-a"]).operands())
        ///             .program(ProgramRule::new("cat").operands()),
        ///     )
        ///     .accept_file_changes_inside("/work/project");
        /// ```
        #[derive(Clone, Default)]
        pub struct Approvals {
            #(#fields)*
            pub(crate) other: Option<Callback<(String, Value), ::std::result::Result<Value, RpcError>>>,
        }

        impl ::std::fmt::Debug for Approvals {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                let mut debug = f.debug_struct("Approvals");
                #(#debug_fields)*
                debug.field("other", &self.other.is_some());
                debug.finish()
            }
        }

        impl Approvals {
            /// Every request gets the default answer until a closure is set.
            pub fn new() -> Self {
                Self::default()
            }

            #(#setters)*
        }

        /// The trait's defaults, for the requests an [`Approvals`] was given no closure for
        /// (the same answers as [`DefaultApprovals`](crate::DefaultApprovals)).
        struct Defaults;

        impl ApprovalHandler for Defaults {}

        impl ApprovalHandler for Approvals {
            #(#answers)*

            async fn other_request(
                &self,
                method: &str,
                params: Value,
            ) -> ::std::result::Result<Value, RpcError> {
                match &self.other {
                    Some(answer) => answer((method.to_owned(), params)).await,
                    None => Defaults.other_request(method, params).await,
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_requests_name_distinct_handlers() {
        let mut names: Vec<&str> = FAIL_CLOSED.iter().map(|k| k.handler).collect();
        let count = names.len();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), count, "two requests share a handler name");
        assert_eq!(
            snake_case(&"account/chatgptAuthTokens/refresh".replace('/', "_")),
            "account_chatgpt_auth_tokens_refresh"
        );
    }
}
