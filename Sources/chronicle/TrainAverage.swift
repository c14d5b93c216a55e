import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle train average`: combines tagger or parser models trained with different seeds.
    struct TrainAverage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "average",
            abstract: "Average the weights of tagger or parser models trained alike with different seeds.",
            discussion: """
                The models must be of one kind (read from the files) and trained on the same data \
                with the same options but the seed. The result scores as the mean of their scores \
                would, at the speed of one model; --min-weight then prunes it as `train prune` does.
                  chronicle train average p1.bin p2.bin p3.bin --min-weight 1 -o parser.bin
                """)

        @Argument(help: "The models to average (all taggers or all parsers).") var models: [String]
        @Option(help: "Drop weights below this magnitude after averaging (0 keeps all).") var minWeight: Float = 0
        @Option(name: .shortAndLong, help: "Where to write the averaged model.") var output: String

        func validate() throws {
            guard models.count >= 2 else { throw ValidationError("give at least two models to average") }
        }

        func run() async throws {
            let urls = models.map { URL(fileURLWithPath: $0) }
            let bytes: [UInt8]
            if let taggers = try? urls.map({ try PartOfSpeechTagger(contentsOf: $0) }) {
                let tagger = try PartOfSpeechTagger.averaging(taggers)
                bytes = (minWeight > 0 ? tagger.pruned(minimumWeight: minWeight) : tagger).serialized()
            } else {
                let parser = try DependencyParser.averaging(urls.map { try DependencyParser(contentsOf: $0) })
                bytes = (minWeight > 0 ? parser.pruned(minimumWeight: minWeight) : parser).serialized()
            }
            try SyntaxCommandSupport.write(bytes, to: output)
        }
    }
}
