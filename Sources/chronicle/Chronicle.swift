import ArgumentParser
import ChronicleCore

/// The `chronicle` command: political event data from news and analysis articles.
@main
struct Chronicle: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronicle",
        abstract: "Turn news and analysis articles into political event data.",
        discussion: """
            Chronicle reads articles (plain text, HTML, JSON Lines, RSS/Atom, directories or - for
            standard input) and finds who did or said what to whom, when, where and according to
            whom. Output goes to standard output as JSON Lines unless a command says otherwise.
            """,
        version: "0.1.0",
        subcommands: [Read.self, Sentences.self, Parse.self, Times.self, Actors.self, Code.self, Ingest.self, Timeline.self, Search.self, Trend.self, Balance.self, Digest.self, Serve.self, Train.self, Eval.self]
    )
}
