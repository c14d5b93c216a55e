import ArgumentParser

extension Chronicle {
    /// `chronicle eval`: scores Chronicle's stages against gold files.
    ///
    /// Each stage adds its scorer as a subcommand in its own file (`EvalSyntax.swift`, ...);
    /// list them here.
    struct Eval: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Score Chronicle against gold annotations.",
            subcommands: [EvalSyntax.self]
        )
    }
}
