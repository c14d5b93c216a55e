import ArgumentParser

extension Chronicle {
    /// `chronicle eval`: scores against gold files (events, and the other layers' sub-commands).
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score Chronicle's output against gold annotations.",
            subcommands: [EvalEvents.self]
        )
    }
}
