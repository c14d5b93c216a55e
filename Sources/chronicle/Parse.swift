import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle parse`: CoNLL-U for text or for the words of a CoNLL-U file.
    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tag, lemmatize and parse, writing CoNLL-U.",
            discussion: """
                With --tokens-from, the words of a CoNLL-U file are re-tagged and re-parsed (its own
                tags and trees ignored) so that any standard scorer can compare the output:
                  chronicle parse --tokens-from en_ewt-ud-dev.conllu > system.conllu
                """)

        @Option(help: "Take the words from this CoNLL-U file instead of tokenizing text.") var tokensFrom: String?
        @Option(help: "Tagger model (default: the shipped one).") var tagger: String?
        @Option(help: "Parser model (default: the shipped one).") var parser: String?
        @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?

        func run() async throws {
            let syntax = try SyntaxCommandSupport.loadParser(tagger: tagger, parser: parser)
            guard let tokensFrom else {
                throw ValidationError("give --tokens-from FILE.conllu")
            }
            let sentences = try SyntaxCommandSupport.readTreebank(tokensFrom)
            let parsed = sentences.map { s in
                var out = CoNLLUSentence(syntax.parse(words: s.forms), comments: s.comments)
                out.ranges = s.ranges
                return out
            }
            try SyntaxCommandSupport.emit(CoNLLU.write(parsed), to: output)
        }
    }
}
