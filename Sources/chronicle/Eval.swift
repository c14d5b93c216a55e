import ArgumentParser

extension Chronicle {
    /// `chronicle eval`: scores against the development set's gold files.
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score Chronicle against gold annotations.",
            subcommands: [EvalActors.self]
        )
    }
}
