import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle train join`: joins a left-to-right and a right-to-left-first-pass tagger into one model.
    struct TrainJoin: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "join",
            abstract: "Join a left-to-right and a right-to-left-first-pass tagger into one that adds their scores.",
            discussion: """
                Both taggers must be two-pass taggers trained on the same data (averaged or not), \
                the second with --right-to-left-first-pass. The joined model runs both first passes \
                and tags each word with the class of the highest sum of the two second passes' scores.
                  chronicle train join tagger.bin tagger-rtl.bin -o joined.bin
                """)

        @Argument(help: "The tagger whose first pass runs left to right.") var leftToRight: String
        @Argument(help: "The tagger trained with --right-to-left-first-pass.") var rightToLeft: String
        @Option(name: .shortAndLong, help: "Where to write the joined model.") var output: String

        func run() async throws {
            let joined = try PartOfSpeechTagger.joining(
                leftToRight: PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: leftToRight)),
                rightToLeft: PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: rightToLeft)))
            try SyntaxCommandSupport.write(joined.serialized(), to: output)
        }
    }
}
