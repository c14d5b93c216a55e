import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle train prune`: shrinks a trained tagger or parser model.
    struct TrainPrune: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "prune",
            abstract: "Drop the small weights of a tagger or parser model (smaller file, faster scoring).",
            discussion: """
                The model kind is read from the file. Weights whose magnitude is below \
                --min-weight are dropped, and so are the features left without weights; the \
                same pruning is applied by `chronicle train tagger|parser --min-weight W`.
                """)

        @Argument(help: "The model to prune (tagger.bin or parser.bin).") var model: String
        @Option(help: "Smallest weight magnitude kept.") var minWeight: Float
        @Option(name: .shortAndLong, help: "Where to write the pruned model.") var output: String

        func run() async throws {
            let url = URL(fileURLWithPath: model)
            let bytes: [UInt8]
            if let tagger = try? PartOfSpeechTagger(contentsOf: url) {
                bytes = tagger.pruned(minimumWeight: minWeight).serialized()
            } else {
                bytes = try DependencyParser(contentsOf: url).pruned(minimumWeight: minWeight).serialized()
            }
            try SyntaxCommandSupport.write(bytes, to: output)
        }
    }
}
