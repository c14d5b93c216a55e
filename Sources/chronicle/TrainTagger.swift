import ArgumentParser
import ChronicleCore
import Foundation

extension Chronicle {
    /// `chronicle train tagger`: trains the part-of-speech tagger (and its learned lemmas).
    struct TrainTagger: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tagger",
            abstract: "Train the UPOS/XPOS tagger on a CoNLL-U treebank.")

        @Option(help: "Training treebank (CoNLL-U).") var train: String
        @Option(help: "Development treebank (CoNLL-U), scored after training.") var dev: String?
        @Option(name: .shortAndLong, help: "Where to write the model.") var output: String
        @Option(help: "Drop weights below this magnitude after training (0 keeps all; see `chronicle train prune`).")
        var minWeight: Float = 0
        @Option(help: "Passes over the training data.") var iterations = 6
        @Option(help: "Shuffling seed (same inputs and seed give the same model bytes).") var seed: UInt64 = 1
        @Option(help: "Outside tag lexicon (TSV) for the tagger's features: default the shipped one, `none` for none.")
        var tagLexicon: String?
        @Flag(help: "Train only the first (left-to-right) pass: faster, slightly weaker; for feature experiments.")
        var firstPassOnly = false
        @Flag(help: "Add Brown word-cluster features (Resources/syntax/word-clusters.tsv); the model records it.")
        var clusters = false
        @Flag(help: "Tag right to left in the first pass (the second pass then sees tags made with their right context).")
        var rightToLeftFirstPass = false
        @Flag(help: "Train a left-to-right and a right-to-left first pass; the second pass reads both drafts.")
        var bothFirstPasses = false
        @Option(help: "Beam width: 1 trains greedily; more trains the last pass globally for a beam of that width, which the model records and tags with.")
        var beam = 1
        @Flag(help: "With --beam: update at the first word where the gold tags fall off the beam (early update) instead of at the widest violation.")
        var earlyUpdate = false

        func run() async throws {
            let sentences = try SyntaxCommandSupport.readTreebank(train)
            let start = Date()
            if bothFirstPasses && (rightToLeftFirstPass || firstPassOnly) {
                throw ValidationError("--both-first-passes needs two passes and trains the right-to-left one itself")
            }
            guard (1 ... PartOfSpeechTagger.maximumBeamWidth).contains(beam) else {
                throw ValidationError("--beam must be between 1 and \(PartOfSpeechTagger.maximumBeamWidth)")
            }
            let lexicon = try SyntaxCommandSupport.loadTagLexicon(tagLexicon)
            let trained = PartOfSpeechTagger.train(sentences: sentences, iterations: iterations, seed: seed,
                                                   twoPass: !firstPassOnly, tagLexicon: lexicon,
                                                   clusters: clusters ? try WordClusters.shipped() : nil,
                                                   firstPassReversed: rightToLeftFirstPass,
                                                   bothFirstPasses: bothFirstPasses, beamWidth: beam,
                                                   earlyUpdate: earlyUpdate) {
                SyntaxCommandSupport.note($0)
            }
            let tagger = minWeight > 0 ? trained.pruned(minimumWeight: minWeight) : trained
            try SyntaxCommandSupport.write(tagger.serialized(), to: output)
            SyntaxCommandSupport.note(String(format: "trained in %.1f s", Date().timeIntervalSince(start)))
            if let dev {
                let gold = try SyntaxCommandSupport.readTreebank(dev)
                var correctU = 0, correctX = 0, total = 0
                var confusions: [String: Int] = [:]
                for s in gold {
                    let tags = tagger.tag(s.forms)
                    for (w, c) in zip(s.words, tags) {
                        total += 1
                        if tagger.upos[c] == w.upos { correctU += 1 } else {
                            confusions[w.upos + " → " + tagger.upos[c], default: 0] += 1
                        }
                        if tagger.xpos[c] == w.xpos { correctX += 1 }
                    }
                }
                print(String(format: "dev UPOS %.2f%%  XPOS %.2f%%  (%d words)",
                             100 * Double(correctU) / Double(max(total, 1)),
                             100 * Double(correctX) / Double(max(total, 1)), total))
                let top = confusions.sorted { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }.prefix(12)
                print("most frequent UPOS confusions (gold → tagged): " + top.map { "\($0.key) \($0.value)" }.joined(separator: ", "))
            }
        }
    }
}
