import ArgumentParser

extension Chronicle {
    /// `chronicle eval`: scores against gold annotations.
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "eval",
            abstract: "Score Chronicle's output against gold annotations.",
            subcommands: [EvalTimeML.self, EvalTimes.self, EvalActors.self]
        )
    }
}
