import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle train parser`: trains the dependency parser.
    struct TrainParser: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "parser",
            abstract: "Train the arc-eager dependency parser on a CoNLL-U treebank.",
            discussion: """
                With --jackknife K the training tags are predicted by K taggers, each trained on
                the other folds, so that the parser learns from tags as good as those it will see.
                """)

        @Option(help: "Training treebank (CoNLL-U).") var train: String
        @Option(help: "Development treebank (CoNLL-U), scored after training.") var dev: String?
        @Option(name: .shortAndLong, help: "Where to write the model.") var output: String
        @Option(help: "Drop weights below this magnitude after training (0 keeps all; see `chronicle train prune`).")
        var minWeight: Float = 0
        @Option(help: "Passes over the training data.") var iterations = 12
        @Option(help: "Shuffling and exploration seed.") var seed: UInt64 = 1
        @Option(help: "Beam width: 1 trains the greedy parser; more trains globally with a beam of that width, which the model records and parses with.")
        var beam = 1
        @Option(help: "Tagger model used to tag the development set (default: gold tags).") var tagger: String?
        @Option(help: "Folds for jackknifed training tags (0: gold tags).") var jackknife = 0
        @Option(help: "Tagger iterations for jackknifing.") var taggerIterations = 6
        @Option(help: "Outside tag lexicon (TSV) for the tagger's features: default the shipped one, `none` for none.")
        var tagLexicon: String?
        @Option(help: "Give words the tagger was unsure of (margin below this) tag values naming the runner-up tag too (0: plain tags).")
        var uncertainMargin: Float = 0
        @Flag(help: "Give the runner-up tags of unsure words as features of their own (with --uncertain-margin).")
        var runnerUpFeatures = false

        func validate() throws {
            guard (1 ... 1024).contains(beam) else { throw ValidationError("--beam must be between 1 and 1024") }
        }

        func run() async throws {
            let sentences = try SyntaxCommandSupport.readTreebank(train)
            let start = Date()
            var tags: [[UInt64]]? = nil, coarse: [[UInt64]]? = nil, runnersUp: [[UInt64]]? = nil
            if jackknife > 1 {
                (tags, coarse, runnersUp) = SyntaxCommandSupport.jackknifedTags(
                    sentences, folds: jackknife, iterations: taggerIterations, seed: seed,
                    tagLexicon: try SyntaxCommandSupport.loadTagLexicon(tagLexicon), uncertainMargin: uncertainMargin, runnersUpApart: runnerUpFeatures)
            }
            if !runnerUpFeatures { runnersUp = nil }
            let trained = DependencyParser.train(sentences: sentences, tags: tags, coarseTags: coarse, runnersUp: runnersUp,
                                                iterations: iterations,
                                                seed: seed, beamWidth: beam) { SyntaxCommandSupport.note($0) }
            let marked = uncertainMargin > 0 ? trained.withUncertainMargin(uncertainMargin) : trained
            let parser = minWeight > 0 ? marked.pruned(minimumWeight: minWeight) : marked
            try SyntaxCommandSupport.write(parser.serialized(), to: output)
            SyntaxCommandSupport.note(String(format: "trained in %.1f s", Date().timeIntervalSince(start)))
            if let dev {
                let gold = try SyntaxCommandSupport.readTreebank(dev)
                // With a tagger: tagged and parsed as `chronicle parse` would (uncertain tags included).
                let syntax = try tagger.map {
                    SyntaxParser(tagger: try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: $0)), parser: parser,
                                 lemmatizer: try Lemmatizer.shipped())
                }
                var score = SyntaxEvaluation()
                var words = 0, unsure = 0, unsureRight = 0
                for s in gold {
                    guard let syntax else {
                        let parsed = parser.parse(forms: s.forms,
                                                  tags: s.words.map { DependencyParser.tagKey(upos: $0.upos, xpos: $0.xpos) },
                                                  coarse: s.words.map { DependencyParser.coarseKey(upos: $0.upos) })
                        score.add(gold: s, system: parsed)
                        continue
                    }
                    let parsed = syntax.parse(words: s.forms)
                    score.add(gold: s, system: parsed)
                    if uncertainMargin > 0 {
                        let margins = syntax.tagger.tagWithRunnersUp(s.forms).margins
                        for (j, w) in s.words.enumerated() where margins[j] < uncertainMargin {
                            unsure += 1
                            if parsed.tokens[j].upos == w.upos && parsed.tokens[j].xpos == w.xpos { unsureRight += 1 }
                        }
                    }
                    words += s.words.count
                }
                if uncertainMargin > 0 {
                    print(String(format: "dev words unsure: %.1f%%, %.1f%% of those tagged right",
                                 100 * Double(unsure) / Double(max(words, 1)),
                                 100 * Double(unsureRight) / Double(max(unsure, 1))))
                }
                print("dev (\(tagger == nil ? "gold" : "predicted") tags):")
                print(score.summary)
            }
        }
    }
}
