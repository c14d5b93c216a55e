import Foundation

/// Training material for the tagger: word shapes, gold classes, and the counts from which
/// the tag dictionary and the lexicon of ambiguity classes are built.
struct TaggingCorpus {
    var shapes: [[WordShape]]
    var gold: [[Int]]
    /// The number of tag classes.
    let classes: Int
    /// Whether each sentence's words are given last first (see ``reversed()``).
    private(set) var reversedOrder = false

    var indices: Range<Int> { shapes.indices }

    init(_ sentences: [CoNLLUSentence], pairs: [String]) {
        classes = pairs.count
        let classOf = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1, $0) })
        shapes = sentences.map { $0.words.map { WordShape($0.form) } }
        gold = sentences.map { $0.words.map { classOf[$0.upos + "\t" + $0.xpos] ?? 0 } }
    }

    private init(shapes: [[WordShape]], gold: [[Int]], classes: Int) {
        self.classes = classes
        self.shapes = shapes
        self.gold = gold
    }

    func subset(_ chosen: [Int]) -> TaggingCorpus {
        var part = TaggingCorpus(shapes: chosen.map { shapes[$0] }, gold: chosen.map { gold[$0] }, classes: classes)
        part.reversedOrder = reversedOrder
        return part
    }

    /// The same sentences with their words last first, to train a right-to-left pass.
    func reversed() -> TaggingCorpus {
        var mirror = TaggingCorpus(shapes: shapes.map { $0.reversed() }, gold: gold.map { $0.reversed() }, classes: classes)
        mirror.reversedOrder = !reversedOrder
        return mirror
    }

    /// The first pass's weights (no draft tags): left to right, or, when `rightToLeft`, trained
    /// on the sentences and their lexical views last first; greedily, or globally for a beam
    /// of `beamWidth` more than 1 (a one-pass tagger that decodes with the beam).
    func trainFirstPass(lexical: [[PartOfSpeechTagger.Lexical]], tagDictionary: [UInt64: UInt8], rightToLeft: Bool,
                        iterations: Int, seed: UInt64, beamWidth: Int = 1, earlyUpdate: Bool = false,
                        progress: (String) -> Void = { _ in }) -> WeightTable {
        let corpus = rightToLeft ? reversed() : self
        let lexical = rightToLeft ? lexical.map { $0.reversed() } : lexical
        guard beamWidth > 1 else {
            return corpus.trainWeights(lexical: lexical, tagDictionary: tagDictionary, draft: nil, iterations: iterations,
                                       seed: seed, progress: progress)
        }
        return corpus.trainGlobally(lexical: lexical, tagDictionary: tagDictionary, draft: nil, iterations: iterations,
                                    width: beamWidth, seed: seed, earlyUpdate: earlyUpdate, progress: progress)
    }

    typealias Counts = [UInt64: [Int: Int]]

    /// Tag counts per exact form and per lowercase form, over the sentences `which` selects.
    func counts(_ which: (Int) -> Bool = { _ in true }) -> (form: Counts, lower: Counts) {
        var form: Counts = [:], lower: Counts = [:]
        for s in shapes.indices where which(s) {
            for (i, w) in shapes[s].enumerated() {
                form[w.form, default: [:]][gold[s][i], default: 0] += 1
                lower[w.lower, default: [:]][gold[s][i], default: 0] += 1
            }
        }
        return (form, lower)
    }

    static func majority(_ counts: [Int: Int]) -> (tag: Int, count: Int, total: Int) {
        let total = counts.values.reduce(0, +)
        let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!
        return (best.key, best.value, total)
    }

    /// The hash of a word's majority tag and of the other tags it takes at least 10% of the
    /// time; nil for words seen fewer than twice.
    static func ambiguityClass(_ counts: [Int: Int]) -> UInt64? {
        let positive = counts.filter { $0.value > 0 }
        guard !positive.isEmpty else { return nil }
        let m = majority(positive)
        guard m.total >= 2 else { return nil }
        var h = FeatureHash.mix(UInt64(m.tag) &+ 0x51)
        for (tag, count) in positive.sorted(by: { $0.key < $1.key }) where tag != m.tag && count * 10 >= m.total {
            h = FeatureHash.mix(h ^ UInt64(tag))
        }
        return h
    }

    /// The tag dictionary, the lexicon, and the lexical view of each training sentence through
    /// a lexicon built without that sentence's fold (so that training does not over-trust it);
    /// `outside` is the outside tag lexicon's table (see ``PartOfSpeechTagger/listed(_:in:)``),
    /// `clusters` the word clusters of a tagger trained with them.
    func lexicons(outside: [UInt64: UInt64] = [:], clusters: WordClusters? = nil) -> (tagDictionary: [UInt64: UInt8], lexicon: [UInt64: UInt64], training: [[PartOfSpeechTagger.Lexical]]) {
        let all = counts()
        var tagDictionary: [UInt64: UInt8] = [:]
        for (form, c) in all.form {
            let m = Self.majority(c)
            if m.total >= 20 && Double(m.count) / Double(m.total) >= 0.97 { tagDictionary[form] = UInt8(m.tag) }
        }
        var lexicon: [UInt64: UInt64] = [:]
        for (lower, c) in all.lower { lexicon[lower] = Self.ambiguityClass(c) }
        for (form, c) in all.form { lexicon[form ^ PartOfSpeechTagger.formSalt] = Self.ambiguityClass(c) }

        let folds = 10
        let noTag = PartOfSpeechTagger.noTag
        var training = [[PartOfSpeechTagger.Lexical]](repeating: [], count: shapes.count)
        for fold in 0 ..< folds {
            let mine = counts { $0 % folds == fold }
            func heldOut(_ total: Counts, _ own: Counts, _ key: UInt64) -> UInt64 {
                var c = total[key] ?? [:]
                for (tag, n) in own[key] ?? [:] { c[tag, default: 0] -= n }
                return Self.ambiguityClass(c) ?? noTag
            }
            for s in shapes.indices where s % folds == fold {
                training[s] = shapes[s].map { w in
                    PartOfSpeechTagger.Lexical(lower: heldOut(all.lower, mine.lower, w.lower),
                                               form: heldOut(all.form, mine.form, w.form),
                                               listed: PartOfSpeechTagger.listed(w, in: outside),
                                               cluster: PartOfSpeechTagger.cluster(w, in: clusters))
                }
            }
        }
        return (tagDictionary, lexicon, training)
    }

    /// Trains one pass's weights; `draft` gives first-pass tags for a second pass, `forward`
    /// the left-to-right first pass's tags for the second pass of a tagger with both.
    func trainWeights(lexical: [[PartOfSpeechTagger.Lexical]], tagDictionary: [UInt64: UInt8], draft: [[Int]]?,
                      forward: [[Int]]? = nil, iterations: Int, seed: UInt64,
                      progress: (String) -> Void = { _ in }) -> WeightTable {
        var trainer = PerceptronTrainer(classCount: classes)
        var rng = SplitMix64(seed: seed)
        var order = Array(shapes.indices)
        var buffer = [UInt32](repeating: 0, count: PartOfSpeechTagger.featureCapacity)
        var scores = [Float](repeating: 0, count: classes)
        for iteration in 1 ... max(1, iterations) {
            order.shuffle(using: &rng)
            var correct = 0, total = 0
            for s in order {
                let w = shapes[s]
                var prev1 = PartOfSpeechTagger.noTag, prev2 = PartOfSpeechTagger.noTag
                for i in w.indices {
                    let truth = gold[s][i]
                    var guess: Int
                    if let known = tagDictionary[w[i].form] {
                        guess = Int(known)
                    } else {
                        let count = PartOfSpeechTagger.features(w, lexical[s], i, prev1, prev2,
                                                                right: draft?[s], forward: forward?[s],
                                                                reversed: reversedOrder, into: &buffer)
                        let used = Array(buffer[0 ..< count])
                        for c in scores.indices { scores[c] = 0 }
                        trainer.score(used, into: &scores)
                        guess = PartOfSpeechTagger.argmax(scores)
                        trainer.tick()
                        trainer.update(truth: truth, guess: guess, features: used)
                    }
                    if guess == truth { correct += 1 }
                    total += 1
                    prev2 = prev1
                    prev1 = UInt64(guess)
                }
            }
            progress(String(format: "iteration %d: train accuracy %.2f%% (%d features)",
                            iteration, 100 * Double(correct) / Double(max(total, 1)), trainer.featureCount))
        }
        return trainer.averaged(threshold: 0.002)
    }
}
