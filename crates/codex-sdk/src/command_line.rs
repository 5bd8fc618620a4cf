//! The argv of a command the server asks to run, read from its `command` string: the program and
//! its arguments when the command is one simple command, and nothing when it is anything else.
//!
//! The server shows a command as its shell wrapper (`/bin/bash -lc 'ls -la'`). An approval rule
//! must decide on what will run, so the wrapper is unwrapped and the script split into words the
//! way the shell would split it. Only a small, exactly understood part of shell syntax is read:
//! words, single quotes, double quotes without expansions, and backslash escapes. Anything that
//! could make the shell do more than run one program with those words (operators, redirections,
//! expansions, globs, comments, assignments, control characters) gives `None`, and the rules
//! built on this decline what they cannot read.

/// The shells whose `-c` wrapper is unwrapped: the system's own, by absolute path. The model
/// chooses the shell of a command (`exec_command`'s `shell`), so `/tmp/x/bash -lc ls` runs
/// whatever `/tmp/x/bash` is: a wrapper by any other path is read as the program it names.
const SHELLS: [&str; 8] = [
    "/bin/bash",
    "/usr/bin/bash",
    "/bin/sh",
    "/usr/bin/sh",
    "/bin/zsh",
    "/usr/bin/zsh",
    "/bin/dash",
    "/usr/bin/dash",
];

/// The argv that `command` runs, when it is one simple command: the script of a system shell's
/// wrapper (`/bin/bash -lc SCRIPT`, `/bin/sh -c SCRIPT`) split into words, or the command
/// itself when it is not such a wrapper. `None` when either level is not plain words, or a
/// system shell is run any other way.
pub(crate) fn simple_argv(command: &str) -> Option<Vec<String>> {
    let outer = split_words(command)?;
    let is_shell = |program: &String| SHELLS.contains(&program.as_str());
    match outer.as_slice() {
        [shell, flag, script] if is_shell(shell) && matches!(flag.as_str(), "-c" | "-lc") => {
            split_words(script)
        }
        [program, ..] if is_shell(program) => None,
        _ => Some(outer),
    }
}

/// Characters that mean something to the shell outside quotes, beyond separating words: a
/// word holding one unquoted is not read. `=` and `^` are only refused at the start of a word
/// (zsh expands `=cmd`), and a first word with `=` is an assignment (see [`split_words`]).
fn is_special(c: char) -> bool {
    matches!(
        c,
        ';' | '&'
            | '|'
            | '<'
            | '>'
            | '('
            | ')'
            | '$'
            | '`'
            | '*'
            | '?'
            | '['
            | ']'
            | '{'
            | '}'
            | '~'
            | '#'
            | '!'
    ) || c.is_control()
}

/// Splits `text` into the words a POSIX shell would make of it, when it is one simple command
/// of plain words; `None` otherwise (see the module docs). An empty text has no command.
fn split_words(text: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut word = String::new();
    // Whether a word has started: `''` is an empty word, not no word.
    let mut in_word = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ' ' | '\t' => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '\'' => break,
                        c if c.is_control() => return None,
                        c => word.push(c),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '"' => break,
                        // Inside double quotes a backslash escapes only these; before
                        // anything else it stays.
                        '\\' => match chars.next()? {
                            c @ ('"' | '\\' | '$' | '`') => word.push(c),
                            c if c.is_control() => return None,
                            c => {
                                word.push('\\');
                                word.push(c);
                            }
                        },
                        // Expansions: what runs would depend on them.
                        '$' | '`' => return None,
                        c if c.is_control() => return None,
                        c => word.push(c),
                    }
                }
            }
            '\\' => {
                // An escaped character is itself; an escaped newline joins lines, which a
                // one-line reading refuses.
                match chars.next()? {
                    c if c.is_control() => return None,
                    c => word.push(c),
                }
                in_word = true;
            }
            '=' | '^' if !in_word => return None,
            c if is_special(c) => return None,
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(word);
    }
    // `NAME=value cmd` sets the environment of `cmd` (`LD_PRELOAD=...`), and an empty
    // program is no program.
    match words.first() {
        Some(program) if !program.is_empty() && !program.contains('=') => Some(words),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(command: &str) -> Option<Vec<String>> {
        simple_argv(command)
    }

    fn words(list: &[&str]) -> Option<Vec<String>> {
        Some(list.iter().map(|s| (*s).to_owned()).collect())
    }

    #[test]
    fn a_shell_wrapper_is_unwrapped_into_the_scripts_words() {
        assert_eq!(
            argv("/bin/bash -lc 'ls -la src'"),
            words(&["ls", "-la", "src"])
        );
        assert_eq!(argv("/bin/bash -lc ls"), words(&["ls"]));
        assert_eq!(
            argv("/bin/sh -c 'cat README.md'"),
            words(&["cat", "README.md"])
        );
        // The server's own quoting of a script with a single quote in it.
        assert_eq!(
            argv(r#"/bin/bash -lc "echo \"it's\" x""#),
            words(&["echo", "it's", "x"])
        );
    }

    #[test]
    fn quotes_and_escapes_read_as_the_shell_reads_them() {
        assert_eq!(argv(r"/bin/bash -lc 'l\s'"), words(&["ls"]));
        assert_eq!(
            argv(r#"/bin/bash -lc 'grep "a b" x'"#),
            words(&["grep", "a b", "x"])
        );
        assert_eq!(
            argv(r#"/bin/bash -lc 'grep "\d" x'"#),
            words(&["grep", r"\d", "x"])
        );
        assert_eq!(
            argv("/bin/bash -lc \"grep '' x\""),
            words(&["grep", "", "x"])
        );
        assert_eq!(argv(r"/bin/bash -lc 'cat a\;b'"), words(&["cat", "a;b"]));
        assert_eq!(argv("ls -l"), words(&["ls", "-l"]));
    }

    #[test]
    fn anything_but_one_simple_command_is_not_read() {
        for script in [
            "ls; rm -rf x",
            "ls && touch x",
            "ls || touch x",
            "ls | tee x",
            "ls > x",
            "ls >> x",
            "cat < x",
            "cat <<< x",
            "ls &",
            "cat $(touch x)",
            "cat `touch x`",
            "echo $HOME",
            "echo \"$HOME\"",
            "echo \"`id`\"",
            "ls *",
            "ls ?",
            "ls [ab]",
            "echo {a,b}",
            "ls ~",
            "ls # comment",
            "! ls",
            "(ls)",
            "{ ls; }",
            "FOO=bar ls",
            "LD_PRELOAD=x.so ls",
            "=ls",
            "^x^y",
            "ls\ntouch x",
            "ls\rx",
            "ls \\\ntouch x",
            "cat <(touch x)",
            "",
            "''",
        ] {
            let command = format!("/bin/bash -lc {}", shell_quote(script));
            assert_eq!(
                argv(&command),
                None,
                "{script:?} was read as {:?}",
                argv(&command)
            );
        }
    }

    #[test]
    fn a_wrapper_of_another_shape_is_not_read() {
        assert_eq!(argv("/bin/bash -lc ls extra"), None);
        assert_eq!(argv("/bin/bash script.sh"), None);
        assert_eq!(argv("/bin/bash -i -c ls"), None);
        assert_eq!(argv("/bin/zsh"), None);
        assert_eq!(argv("/bin/bash -lc 'ls"), None, "an open quote");
        assert_eq!(argv("/bin/bash -lc \"ls"), None);
        assert_eq!(argv("/bin/bash -lc ls\\"), None, "a trailing backslash");
    }

    #[test]
    fn a_shell_by_another_path_is_the_program_itself() {
        // The model picks the shell: its own `bash` would run anything for `-lc ls`.
        assert_eq!(
            argv("/tmp/x/bash -lc ls"),
            words(&["/tmp/x/bash", "-lc", "ls"])
        );
        assert_eq!(argv("bash -lc ls"), words(&["bash", "-lc", "ls"]));
        assert_eq!(
            argv("/usr/bin/python3 -lc ls"),
            words(&["/usr/bin/python3", "-lc", "ls"])
        );
    }

    /// `script` in single quotes, as one shell word.
    fn shell_quote(script: &str) -> String {
        format!("'{}'", script.replace('\'', r"'\''"))
    }
}
