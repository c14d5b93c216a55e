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
        @Flag(help: "Add Brown word-cluster features (Resources/syntax/word-clusters.tsv); the model records it.")
        var clusters = false

        func validate() throws {
            guard (1 ... 1024).contains(beam) else { throw ValidationError("--beam must be between 1 and 1024") }
        }

        func run() async throws {
            let sentences = try SyntaxCommandSupport.readTreebank(train)
            let start = Date()
            var tags: [[UInt64]]? = nil, coarse: [[UInt64]]? = nil
            if jackknife > 1 {
                (tags, coarse) = SyntaxCommandSupport.jackknifedTags(
                    sentences, folds: jackknife, iterations: taggerIterations, seed: seed,
                    tagLexicon: try SyntaxCommandSupport.loadTagLexicon(tagLexicon))
            }
            let trained = DependencyParser.train(sentences: sentences, tags: tags, coarseTags: coarse,
                                                clusters: clusters ? try WordClusters.shipped() : nil,
                                                iterations: iterations,
                                                seed: seed, beamWidth: beam) { SyntaxCommandSupport.note($0) }
            let parser = minWeight > 0 ? trained.pruned(minimumWeight: minWeight) : trained
            try SyntaxCommandSupport.write(parser.serialized(), to: output)
            SyntaxCommandSupport.note(String(format: "trained in %.1f s", Date().timeIntervalSince(start)))
            if let dev {
                let gold = try SyntaxCommandSupport.readTreebank(dev)
                let taggerModel = try tagger.map { try PartOfSpeechTagger(contentsOf: URL(fileURLWithPath: $0)) }
                var score = SyntaxEvaluation()
                for s in gold {
                    let tagValues: [UInt64], coarseValues: [UInt64]
                    if let taggerModel {
                        let classes = taggerModel.tag(s.forms)
                        tagValues = classes.map {
                            DependencyParser.tagKey(upos: taggerModel.upos[$0], xpos: taggerModel.xpos[$0])
                        }
                        coarseValues = classes.map { DependencyParser.coarseKey(upos: taggerModel.upos[$0]) }
                    } else {
                        tagValues = s.words.map { DependencyParser.tagKey(upos: $0.upos, xpos: $0.xpos) }
                        coarseValues = s.words.map { DependencyParser.coarseKey(upos: $0.upos) }
                    }
                    let parsed = parser.parse(forms: s.forms, tags: tagValues, coarse: coarseValues)
                    score.add(gold: s, system: parsed)
                }
                print("dev (\(tagger == nil ? "gold" : "predicted") tags):")
                print(score.summary)
            }
        }
    }
}
