import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle parse`: CoNLL-U for text or for the words of a CoNLL-U file.
    struct Parse: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Tag, lemmatize and parse, writing CoNLL-U.",
            discussion: """
                Text inputs (files, directories, or - for standard input) are segmented by Universal
                Dependencies conventions (do n't, Japan 's); each sentence gets `# doc`, `# sent_id` and
                `# text` comments and each word its character offsets in MISC (`Start=`, `End=`,
                Unicode scalar indices into the document):
                  chronicle parse demo/articles/2018-06-12-singapore-summit.txt

                With --tokens-from, the words of a CoNLL-U file are re-tagged and re-parsed (its own
                tags and trees ignored) so that any standard scorer can compare the output:
                  chronicle parse --tokens-from en_ewt-ud-dev.conllu > system.conllu
                """)

        @Argument(help: "Files, directories, or - for standard input.") var inputs: [String] = []
        @Option(help: "Take the words from this CoNLL-U file instead of tokenizing text.") var tokensFrom: String?
        @Option(help: "Tagger model (default: the shipped one).") var tagger: String?
        @Option(help: "Parser model (default: the shipped one).") var parser: String?
        @Option(name: .shortAndLong, help: "Output file (default: standard output).") var output: String?

        func run() async throws {
            let syntax = try SyntaxCommandSupport.loadParser(tagger: tagger, parser: parser)
            guard let tokensFrom else {
                guard !inputs.isEmpty else { throw ValidationError("give inputs to parse, or --tokens-from FILE.conllu") }
                try parseDocuments(syntax)
                return
            }
            let sentences = try SyntaxCommandSupport.readTreebank(tokensFrom)
            let parsed = sentences.map { s in
                var out = CoNLLUSentence(syntax.parse(words: s.forms), comments: s.comments)
                out.ranges = s.ranges
                return out
            }
            try SyntaxCommandSupport.emit(CoNLLU.write(parsed), to: output)
        }
    
        private func parseDocuments(_ syntax: SyntaxParser) throws {
            var out = ""
            var failed = false
            for result in DocumentReader().documents(from: inputs) {
                switch result {
                case .failure(let error):
                    failed = true
                    StandardError.write("chronicle: error: \(error)")
                case .success(let document):
                    let segmented = SegmentedText(document.text, mode: .universalDependencies)
                    for (i, sentence) in segmented.sentences.enumerated() {
                        let parsed = syntax.parse(sentence, in: segmented)
                        let flat = segmented.originalString(sentence).split(whereSeparator: \.isNewline).joined(separator: " ")
                        var conllu = CoNLLUSentence(parsed, comments: [
                            "# doc = \(document.id)", "# sent_id = \(i + 1)", "# text = \(flat)",
                        ])
                        for (k, token) in parsed.tokens.enumerated() {
                            conllu.words[k].misc = "Start=\(token.start)|End=\(token.end)"
                        }
                        out += CoNLLU.write([conllu])
                    }
                }
            }
            try SyntaxCommandSupport.emit(out, to: output)
            if failed { throw ExitCode(1) }
        }
    }
}
