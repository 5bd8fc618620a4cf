//! `CommandAllowList`: the commands a rule lets run, as exact programs with the arguments each
//! may take. Everything not listed is refused, since any option of any program may run another
//! program or write (`find -delete`, `find -exec`, `rg --pre`, `git -c`, `sort -o`, a pager).

/// One program an allow-list lets run, and the arguments it may take: none, until listed.
///
/// Arguments are matched as the shell splits them ([`CommandRequest::argv`]):
/// - the program must be written exactly as listed: `ls` does not match `/bin/ls` or `./ls`
///   (a program in the workspace), and a path matches only that path;
/// - a [`subcommand`](ProgramRule::subcommand) must follow it word for word (`git log`);
/// - every word that starts with `-` must be one of the listed [`flags`](ProgramRule::flags)
///   exactly (`-la` is not `-l -a` unless listed), or one of the
///   [`options_with_value`](ProgramRule::options_with_value), whose value is the next word (or
///   follows `=` for a long option: `--max-count=5`);
/// - any other word (a path, a pattern) is an operand, allowed only with
///   [`operands`](ProgramRule::operands). Do not allow operands for a program whose operands
///   are code (`awk`, `sed`, `find` expressions, `xargs`, `env`, interpreters): an operand can
///   then run anything.
///
/// [`CommandRequest::argv`]: crate::CommandRequest::argv
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgramRule {
    program: String,
    subcommand: Vec<String>,
    flags: Vec<String>,
    options_with_value: Vec<String>,
    operands: bool,
}

impl ProgramRule {
    /// `program`, with no arguments allowed yet.
    pub fn new(program: impl Into<String>) -> Self {
        ProgramRule {
            program: program.into(),
            subcommand: Vec::new(),
            flags: Vec::new(),
            options_with_value: Vec::new(),
            operands: false,
        }
    }

    /// Words that must follow the program exactly (`["log"]` for `git log`).
    #[must_use]
    pub fn subcommand(mut self, words: &[&str]) -> Self {
        self.subcommand = words.iter().map(|w| (*w).to_owned()).collect();
        self
    }

    /// Options allowed as they are (`-l`, `--count`); each word must equal one.
    #[must_use]
    pub fn flags(mut self, flags: &[&str]) -> Self {
        self.flags.extend(flags.iter().map(|f| (*f).to_owned()));
        self
    }

    /// Options that take a value (`-n 5`, `--max-count 5` or `--max-count=5`): the value may be
    /// anything, so list only options whose value cannot name a program or a file to write.
    #[must_use]
    pub fn options_with_value(mut self, options: &[&str]) -> Self {
        self.options_with_value
            .extend(options.iter().map(|o| (*o).to_owned()));
        self
    }

    /// Allows operands: words that do not start with `-` (paths, patterns), and `-` itself.
    #[must_use]
    pub fn operands(mut self) -> Self {
        self.operands = true;
        self
    }

    /// Whether `argv` is this program with arguments this rule allows.
    fn allows(&self, argv: &[String]) -> bool {
        let Some((program, rest)) = argv.split_first() else {
            return false;
        };
        if *program != self.program || !rest.starts_with(&self.subcommand) {
            return false;
        }
        let mut words = rest[self.subcommand.len()..].iter();
        while let Some(word) = words.next() {
            let is_option = word.starts_with('-') && word != "-";
            if !is_option {
                if !self.operands {
                    return false;
                }
            } else if self.flags.contains(word) {
                continue;
            } else if self.options_with_value.contains(word) {
                if words.next().is_none() {
                    return false;
                }
            } else if !self.options_with_value.iter().any(|option| {
                option.starts_with("--")
                    && word
                        .strip_prefix(option.as_str())
                        .is_some_and(|value| value.starts_with('='))
            }) {
                return false;
            }
        }
        true
    }
}

/// The commands an approval rule lets run: [`ProgramRule`]s, one per program; anything else is
/// refused. Give it to [`Approvals::accept_commands_in`](crate::Approvals::accept_commands_in).
///
/// ```
/// use codex_sdk::{CommandAllowList, ProgramRule};
///
/// let list = CommandAllowList::new()
///     .program(ProgramRule::new("ls").flags(&["-l", "-a", "-la"]).operands())
///     .program(ProgramRule::new("git").subcommand(&["status"]).flags(&["--short"]));
/// let argv = |words: &[&str]| words.iter().map(|w| w.to_string()).collect::<Vec<_>>();
/// assert!(list.allows(&argv(&["ls", "-la", "src"])));
/// assert!(list.allows(&argv(&["git", "status", "--short"])));
/// assert!(!list.allows(&argv(&["git", "-c", "core.pager=sh", "status"])));
/// assert!(!list.allows(&argv(&["find", ".", "-delete"])));
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommandAllowList {
    programs: Vec<ProgramRule>,
}

impl CommandAllowList {
    /// An empty list: it allows nothing.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a program. Several rules for one program allow what any of them allows.
    #[must_use]
    pub fn program(mut self, rule: ProgramRule) -> Self {
        self.programs.push(rule);
        self
    }

    /// Whether one of the rules allows `argv` (the program and its arguments).
    pub fn allows(&self, argv: &[String]) -> bool {
        self.programs.iter().any(|rule| rule.allows(argv))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn argv(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| (*w).to_owned()).collect()
    }

    fn reading_list() -> CommandAllowList {
        CommandAllowList::new()
            .program(ProgramRule::new("ls").flags(&["-l", "-a"]).operands())
            .program(
                ProgramRule::new("rg")
                    .flags(&["-n"])
                    .options_with_value(&["--max-count", "-g"])
                    .operands(),
            )
            .program(ProgramRule::new("pwd"))
    }

    #[test]
    fn listed_programs_with_listed_arguments_are_allowed() {
        let list = reading_list();
        assert!(list.allows(&argv(&["ls"])));
        assert!(list.allows(&argv(&["ls", "-l", "-a", "src", "-"])));
        assert!(list.allows(&argv(&["rg", "-n", "--max-count", "3", "needle", "."])));
        assert!(list.allows(&argv(&["rg", "--max-count=3", "-g", "*.rs", "needle"])));
        assert!(list.allows(&argv(&["pwd"])));
    }

    #[test]
    fn anything_else_is_refused() {
        let list = reading_list();
        for words in [
            &["rm", "-rf", "x"][..],
            &["/bin/ls"],
            &["./ls"],
            &["ls", "-la"],
            &["ls", "--color=always"],
            &["rg", "--pre", "./evil.sh", "x", "."],
            &["rg", "--pre=./evil.sh", "x"],
            &["rg", "--max-count"],
            &["rg", "--max-countx=3"],
            &["rg", "-z", "x"],
            &["pwd", "extra"],
            &["pwd", "-P"],
            &[],
        ] {
            assert!(!list.allows(&argv(words)), "{words:?} was allowed");
        }
    }

    #[test]
    fn a_subcommand_must_follow_the_program_word_for_word() {
        let list = CommandAllowList::new().program(
            ProgramRule::new("git")
                .subcommand(&["log"])
                .flags(&["--oneline"]),
        );
        assert!(list.allows(&argv(&["git", "log", "--oneline"])));
        assert!(!list.allows(&argv(&["git", "-c", "core.pager=sh", "log"])));
        assert!(!list.allows(&argv(&["git", "push"])));
        assert!(!list.allows(&argv(&["git"])));
        assert!(!list.allows(&argv(&["git", "log", "--output=x"])));
    }
}
