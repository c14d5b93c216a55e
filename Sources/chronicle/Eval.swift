import ArgumentParser

extension Chronicle {
    /// `chronicle eval`: scores against gold annotations.
    ///
    /// Each stage adds its scorer as a subcommand in its own file; list them here.
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval",
            abstract: "Score Chronicle's output against gold annotations.",
            subcommands: [EvalSyntax.self, EvalTimeML.self, EvalTimes.self, EvalActors.self, EvalEvents.self]
        )
    }
}
