//! Emits the method layer: a marker type per method with its trait impl, and the method-keyed
//! enums that decode a message by looking at its method first.

use proc_macro2::{Ident, TokenStream};
use quote::{format_ident, quote};

use crate::codegen::tables::{Direction, FieldPath, Method, MethodTables, Response};

/// Generates `methods.rs`; `codex_version` is the codex release the schema was taken from.
pub(crate) fn generate(
    tables: &MethodTables,
    codex_version: &str,
    compat_versions: &[String],
) -> TokenStream {
    let markers = Direction::ALL.map(|d| marker_module(d, tables.methods(d)));
    let client_requests = tables.methods(Direction::ClientRequest);
    let server_requests = tables.methods(Direction::ServerRequest);
    let mut enums = vec![
        keyed_enum(
            "ClientRequest",
            "A request from the client, typed by its method (params only: the id travels beside it).",
            client_requests,
            Payload::Params,
        ),
        keyed_enum(
            "ClientResponse",
            "The result of a client request, typed by the method of the request it answers.",
            client_requests,
            Payload::Response,
        ),
        keyed_enum(
            "ClientNotification",
            "A notification from the client, typed by its method.",
            tables.methods(Direction::ClientNotification),
            Payload::Params,
        ),
        keyed_enum(
            "ServerNotification",
            "A notification from the server, typed by its method.",
            tables.methods(Direction::ServerNotification),
            Payload::Params,
        ),
        keyed_enum(
            "ServerRequest",
            "A request from the server, typed by its method (params only: the id travels beside it).",
            server_requests,
            Payload::Params,
        ),
        keyed_enum(
            "ServerResponse",
            "The client's result for a server request, typed by the method of the request it answers.",
            server_requests,
            Payload::Response,
        ),
    ];
    for (name, direction) in [
        ("ServerNotification", Direction::ServerNotification),
        ("ServerRequest", Direction::ServerRequest),
    ] {
        enums.push(id_accessors(name, tables.methods(direction)));
    }
    let version_doc = "The codex release whose schema this crate was generated from \
                       (`schema/pin.json`): the server version these types were checked against.";
    let compat_doc = "Older codex releases this crate is also tested against (`schema/pin.json`): \
                      the previous pin first, then the oldest release still supported.";
    quote! {
        #[doc = #version_doc]
        pub const PINNED_CODEX_VERSION: &str = #codex_version;
        #[doc = #compat_doc]
        pub const COMPAT_CODEX_VERSIONS: &[&str] = &[#(#compat_versions),*];
        #(#markers)*
        #(#enums)*
    }
}

fn type_ident(name: &str) -> Ident {
    format_ident!("{name}")
}

pub(crate) fn experimental_cfg(method: &Method) -> TokenStream {
    if method.experimental {
        quote!(#[cfg(feature = "experimental")])
    } else {
        TokenStream::new()
    }
}

/// The doc lines of a method: its wire name, the schema's description, its stability.
fn method_doc(method: &Method) -> TokenStream {
    let doc = method_doc_text(method);
    quote!(#[doc = #doc])
}

/// The text of [`method_doc`], shared with the `rpc()` methods of codex-sdk.
pub(crate) fn method_doc_text(method: &Method) -> String {
    let mut doc = format!("`{}`", method.name);
    match &method.doc {
        Some(text) => {
            doc.push_str(": ");
            doc.push_str(text.trim());
        }
        // The schema says nothing: say what travels, from the method tables.
        None => doc.push_str(&what_travels(method)),
    }
    if method.experimental {
        doc.push_str("\n\nExperimental: needs the `experimental` feature and `capabilities.experimentalApi`.");
    }
    doc
}

/// ": takes `ThreadStartParams`, answered with `ThreadStartResponse`." for a method the
/// schema does not describe.
fn what_travels(method: &Method) -> String {
    let params = match &method.params {
        Some(p) => format!("takes `{p}`"),
        None => "takes no params".to_owned(),
    };
    let answer = match &method.response {
        Some(Response::Typed(r)) => format!(", answered with `{r}`"),
        Some(Response::Untyped) => ", answered with raw JSON".to_owned(),
        None => String::new(),
    };
    format!(": {params}{answer}.")
}

fn params_type(method: &Method) -> TokenStream {
    match &method.params {
        Some(p) => {
            let p = type_ident(p);
            quote!(crate::types::#p)
        }
        None => quote!(()),
    }
}

fn marker_module(direction: Direction, methods: &[Method]) -> TokenStream {
    let (module, module_doc, trait_name) = match direction {
        Direction::ClientRequest => (
            "requests",
            "Requests the client sends to the server: one marker type per method.",
            "Request",
        ),
        Direction::ClientNotification => (
            "client_notifications",
            "Notifications the client sends to the server: one marker type per method.",
            "Notification",
        ),
        Direction::ServerNotification => (
            "notifications",
            "Notifications the server sends to the client: one marker type per method.",
            "ServerNotificationMethod",
        ),
        Direction::ServerRequest => (
            "server_requests",
            "Requests the server sends to the client: one marker type per method.",
            "ServerRequestMethod",
        ),
    };
    let module = format_ident!("{module}");
    let trait_name = format_ident!("{trait_name}");
    let items = methods.iter().map(|m| {
        let marker = type_ident(&m.marker);
        let doc = method_doc(m);
        let cfg = experimental_cfg(m);
        let wire = &m.name;
        let params = params_type(m);
        let response = m.response.as_ref().map(|r| {
            let r = response_path(r);
            quote!(type Response = #r;)
        });
        // Compiled here, once, for every crate that decodes the answer (see
        // `Request::decode_response`).
        let decoder = (direction == Direction::ClientRequest).then(|| {
            quote! {
                fn decode_response(json: &str) -> ::serde_json::Result<Self::Response> {
                    crate::wire::decode(json)
                }
            }
        });
        quote! {
            #doc
            #cfg
            #[derive(Debug)]
            pub enum #marker {}
            #cfg
            impl crate::#trait_name for #marker {
                const METHOD: &'static str = #wire;
                type Params = #params;
                #response
                #decoder
            }
        }
    });
    quote! {
        #[doc = #module_doc]
        pub mod #module {
            #(#items)*
        }
    }
}

/// `thread_id()` and `turn_id()` on a params-keyed enum, for routing without matching.
fn id_accessors(name: &str, methods: &[Method]) -> TokenStream {
    let name = type_ident(name);
    let accessor = |pick: fn(&Method) -> Option<&FieldPath>| {
        let arms = methods.iter().filter_map(|m| {
            let path = pick(m)?;
            let v = type_ident(&m.marker);
            let cfg = experimental_cfg(m);
            let fields = path.fields.iter().map(|f| format_ident!("{f}"));
            let read = if path.optional {
                quote!(params #(.#fields)*.as_deref())
            } else {
                quote!(Some(params #(.#fields)*.as_str()))
            };
            Some(quote!(#cfg Self::#v(params) => #read,))
        });
        quote! {
            match self {
                #(#arms)*
                _ => None,
            }
        }
    };
    let thread = accessor(|m| m.thread_id.as_ref());
    let turn = accessor(|m| m.turn_id.as_ref());
    quote! {
        impl #name {
            /// The id of the thread this message is about, when its params name one.
            pub fn thread_id(&self) -> Option<&str> {
                #thread
            }
            /// The id of the turn this message is about, when its params name one
            /// (`turnId`, or the `turn` it carries).
            pub fn turn_id(&self) -> Option<&str> {
                #turn
            }
        }
    }
}

/// The Rust type of a response: the schema's type, or raw JSON when it defines none.
fn response_path(response: &Response) -> TokenStream {
    match response {
        Response::Typed(name) => {
            let name = type_ident(name);
            quote!(crate::types::#name)
        }
        Response::Untyped => quote!(::serde_json::Value),
    }
}

/// What a method-keyed enum's variants carry.
#[derive(Clone, Copy)]
enum Payload {
    Params,
    Response,
}

fn keyed_enum(name: &str, doc: &str, methods: &[Method], payload: Payload) -> TokenStream {
    let name = type_ident(name);
    let payload_type = |m: &Method| -> Option<TokenStream> {
        match payload {
            Payload::Params => m.params.as_deref().map(|t| {
                let t = type_ident(t);
                quote!(crate::types::#t)
            }),
            Payload::Response => m.response.as_ref().map(response_path),
        }
    };
    let variants = methods.iter().map(|m| {
        let v = type_ident(&m.marker);
        let doc = method_doc(m);
        let cfg = experimental_cfg(m);
        // Boxed: payload types are large (the biggest near a kilobyte), and a message moves
        // through channels and futures many times; a box keeps every move a pointer copy.
        match payload_type(m) {
            Some(t) => quote!(#doc #cfg #v(::std::boxed::Box<#t>),),
            None => quote!(#doc #cfg #v,),
        }
    });
    let method_arms = methods.iter().map(|m| {
        let v = type_ident(&m.marker);
        let cfg = experimental_cfg(m);
        let wire = &m.name;
        match payload_type(m) {
            Some(_) => quote!(#cfg Self::#v(_) => #wire,),
            None => quote!(#cfg Self::#v => #wire,),
        }
    });
    let decode_arms = methods.iter().map(|m| {
        let v = type_ident(&m.marker);
        let cfg = experimental_cfg(m);
        let wire = &m.name;
        match payload_type(m) {
            Some(_) => {
                quote!(#cfg #wire => ::serde::Deserialize::deserialize(value).map(Self::#v),)
            }
            None => quote! {
                #cfg #wire => {
                    <::serde::de::IgnoredAny as ::serde::Deserialize>::deserialize(value)?;
                    Ok(Self::#v)
                }
            },
        }
    });
    let serialize_arms = methods.iter().map(|m| {
        let v = type_ident(&m.marker);
        let cfg = experimental_cfg(m);
        match payload_type(m) {
            Some(_) => {
                quote!(#cfg Self::#v(value) => ::serde::Serialize::serialize(value, serializer),)
            }
            None => quote!(#cfg Self::#v => serializer.serialize_none(),),
        }
    });
    let method_names = methods.iter().map(|m| {
        let cfg = experimental_cfg(m);
        let wire = &m.name;
        quote!(#cfg #wire,)
    });
    let payload_word = match payload {
        Payload::Params => "params",
        Payload::Response => "result",
    };
    let field = format_ident!("{payload_word}");
    let unknown_doc = format!(
        "A method this version of the SDK does not know (or an experimental one without the \
         `experimental` feature), with its raw {payload_word}."
    );
    let decode_doc = format!(
        "Decodes the {payload_word} of `method`: the method picks the type, then `value` is \
         parsed into it. An unknown method gives `Unknown`.\n\n# Errors\nFails when `value` \
         does not match the type of a known method."
    );
    let serialize_doc =
        format!("Serializes the {payload_word} alone (`null` for a method without any).");
    quote! {
        #[doc = #doc]
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        pub enum #name {
            #(#variants)*
            #[doc = #unknown_doc]
            Unknown {
                /// The method name as sent.
                method: ::std::string::String,
                /// The raw payload (`Null` when there was none).
                #field: ::serde_json::Value,
            },
        }
        impl #name {
            /// The wire names of every method this enum knows, in schema order.
            pub const METHODS: &'static [&'static str] = &[#(#method_names)*];
            /// The wire name of the method.
            pub fn method(&self) -> &str {
                match self {
                    #(#method_arms)*
                    Self::Unknown { method, .. } => method,
                }
            }
            #[doc = #decode_doc]
            pub fn decode<'de, D: ::serde::Deserializer<'de>>(
                method: &str,
                value: D,
            ) -> ::std::result::Result<Self, D::Error> {
                match method {
                    #(#decode_arms)*
                    _ => Ok(Self::Unknown {
                        method: method.to_owned(),
                        #field: ::serde::Deserialize::deserialize(value)?,
                    }),
                }
            }
            #[doc = #serialize_doc]
            pub fn serialize_payload<S: ::serde::Serializer>(
                &self,
                serializer: S,
            ) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    #(#serialize_arms)*
                    Self::Unknown { #field, .. } => ::serde::Serialize::serialize(#field, serializer),
                }
            }
        }
    }
}
