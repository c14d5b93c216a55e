import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle eval syntax`: UPOS, XPOS, lemma, UAS and LAS on gold tokens.
    struct EvalSyntax: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "syntax",
            abstract: "Score tagging, lemmatization and parsing against a CoNLL-U file.",
            discussion: """
                The gold words are re-tagged and re-parsed (their tags and trees ignored). Every
                word is scored, punctuation included, as the CoNLL 2018 shared task scorer does.
                  chronicle eval syntax --gold en_ewt-ud-dev.conllu
                """)

        @Option(help: "Gold CoNLL-U file.") var gold: String
        @Option(help: "Tagger model (default: the shipped one).") var tagger: String?
        @Option(help: "Parser model (default: the shipped one).") var parser: String?
        @Flag(help: "Parse with the gold tags instead of the tagger's (to separate tagging errors from parsing errors).")
        var goldTags = false
        @Option(help: "Beam width to parse with (default: the one the parser model records; 1 is greedy).")
        var beam: Int?
        @Option(help: "Beam width to tag with (default: the one the tagger model records; 1 is greedy).")
        var taggerBeam: Int?

        func validate() throws {
            if let beam, !(1 ... 1024).contains(beam) { throw ValidationError("--beam must be between 1 and 1024") }
            if let taggerBeam, !(1 ... PartOfSpeechTagger.maximumBeamWidth).contains(taggerBeam) {
                throw ValidationError("--tagger-beam must be between 1 and \(PartOfSpeechTagger.maximumBeamWidth)")
            }
        }

        func run() async throws {
            let syntax = try SyntaxCommandSupport.loadParser(tagger: tagger, parser: parser, beam: beam,
                                                             taggerBeam: taggerBeam)
            let sentences = try SyntaxCommandSupport.readTreebank(gold)
            var score = SyntaxEvaluation()
            for s in sentences {
                if goldTags {
                    var parsed = syntax.parser.parse(forms: s.forms, tags: s.words.map {
                        DependencyParser.tagKey(upos: $0.upos, xpos: $0.xpos)
                    }, coarse: s.words.map { DependencyParser.coarseKey(upos: $0.upos) })
                    for (i, w) in s.words.enumerated() {
                        parsed.tokens[i].upos = w.upos
                        parsed.tokens[i].xpos = w.xpos
                        parsed.tokens[i].lemma = w.lemma
                    }
                    score.add(gold: s, system: parsed)
                } else {
                    score.add(gold: s, system: syntax.parse(words: s.forms))
                }
            }
            let width = syntax.parser.beamWidth
            let taggerWidth = syntax.tagger.beamWidth
            print("\(gold)\(goldTags ? " (gold tags and lemmas)" : "")\(width > 1 ? ", beam \(width)" : "")"
                + "\(taggerWidth > 1 && !goldTags ? ", tagger beam \(taggerWidth)" : ""):")
            print(score.summary)
        }
    }
}
