import Foundation

extension PartOfSpeechTagger {
    /// Trains a tagger on gold sentences.
    ///
    /// Each iteration visits the sentences in a new order drawn from `seed`; the tagger tags
    /// greedily with its own previous tags (as at inference) and updates on every mistake.
    /// The same sentences, iterations and seed always give the same model bytes.
    ///
    /// - Parameters:
    ///   - sentences: Training sentences with gold UPOS, XPOS and lemmas.
    ///   - iterations: Passes over the data (5–8 is typical).
    ///   - seed: The shuffling seed.
    ///   - progress: Called after each iteration with a line to show (training accuracy).
    public static func train(sentences: [CoNLLUSentence], iterations: Int = 6, seed: UInt64 = 1,
                             progress: (String) -> Void = { _ in }) -> PartOfSpeechTagger {
        // Classes: every UPOS/XPOS pair, sorted for determinism.
        var pairSet = Set<String>()
        for s in sentences { for w in s.words { pairSet.insert(w.upos + "\t" + w.xpos) } }
        let pairs = pairSet.sorted()
        let classOf = Dictionary(uniqueKeysWithValues: pairs.enumerated().map { ($1, $0) })
        let upos = pairs.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        let xpos = pairs.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[1]) }

        let shapes = sentences.map { $0.words.map { WordShape($0.form) } }
        let gold = sentences.map { $0.words.map { classOf[$0.upos + "\t" + $0.xpos]! } }

        // Tag dictionary (exact forms) and lexicon (lowercase forms) from counts.
        var formCounts: [UInt64: [Int: Int]] = [:]
        var lowerCounts: [UInt64: [Int: Int]] = [:]
        for (s, sentence) in shapes.enumerated() {
            for (i, w) in sentence.enumerated() {
                formCounts[w.form, default: [:]][gold[s][i], default: 0] += 1
                lowerCounts[w.lower, default: [:]][gold[s][i], default: 0] += 1
            }
        }
        func majority(_ counts: [Int: Int]) -> (tag: Int, count: Int, total: Int) {
            let total = counts.values.reduce(0, +)
            let best = counts.max { a, b in a.value < b.value || (a.value == b.value && a.key > b.key) }!
            return (best.key, best.value, total)
        }
        var tagDictionary: [UInt64: UInt8] = [:]
        for (form, counts) in formCounts {
            let m = majority(counts)
            if m.total >= 20 && Double(m.count) / Double(m.total) >= 0.97 { tagDictionary[form] = UInt8(m.tag) }
        }
        var lexicon: [UInt64: UInt8] = [:]
        for (lower, counts) in lowerCounts {
            let m = majority(counts)
            if m.total >= 3 { lexicon[lower] = UInt8(m.tag) }
        }

        var model = PartOfSpeechTagger(upos: upos, xpos: xpos, weights: WeightTable(
            classCount: pairs.count, keys: [], counts: [], labels: [], weights: []),
            tagDictionary: tagDictionary, lexicon: lexicon, learnedLemmas: [:])
        var trainer = PerceptronTrainer(classCount: pairs.count)
        var rng = SplitMix64(seed: seed)
        var order = Array(sentences.indices)
        var buffer = [UInt32](repeating: 0, count: featureCapacity)
        var scores = [Float](repeating: 0, count: pairs.count)
        for iteration in 1 ... max(1, iterations) {
            order.shuffle(using: &rng)
            var correct = 0, total = 0
            for s in order {
                let w = shapes[s]
                let lex = w.map { model.lexiconFeature($0) }
                var prev1 = noTag, prev2 = noTag
                for i in w.indices {
                    let truth = gold[s][i]
                    var guess: Int
                    if let known = tagDictionary[w[i].form] {
                        guess = Int(known)
                    } else {
                        let count = features(w, lex, i, prev1, prev2, into: &buffer)
                        let used = Array(buffer[0 ..< count])
                        for c in scores.indices { scores[c] = 0 }
                        trainer.score(used, into: &scores)
                        guess = argmax(scores)
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
        let learned = Lemmatizer.learnExceptions(from: sentences)
        model = PartOfSpeechTagger(upos: upos, xpos: xpos, weights: trainer.averaged(threshold: 0.002),
                                   tagDictionary: tagDictionary, lexicon: lexicon, learnedLemmas: learned)
        return model
    }

    /// Loads a tagger model file.
    public init(contentsOf url: URL) throws {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SyntaxError(code: .unreadableFile, message: "cannot read tagger model \(url.path)", cause: error)
        }
        try self.init(bytes: Array(data), source: url.path)
    }

    /// Reads a tagger model from its bytes.
    init(bytes: [UInt8], source: String) throws {
        var reader = BinaryReader(bytes: bytes, source: source)
        try reader.expectHeader(magic: Self.magic, version: Self.version)
        let upos = try reader.readStrings()
        let xpos = try reader.readStrings()
        let dictionary = try reader.readHashMap()
        let lexicon = try reader.readHashMap()
        let lemmaKeys = try reader.readStrings()
        let lemmaValues = try reader.readStrings()
        let weights = try WeightTable(from: &reader)
        guard upos.count == xpos.count, upos.count == weights.classCount, lemmaKeys.count == lemmaValues.count else {
            throw SyntaxError(code: .badModel, message: "\(source): inconsistent tagger model")
        }
        self.init(upos: upos, xpos: xpos, weights: weights, tagDictionary: dictionary, lexicon: lexicon,
                  learnedLemmas: Dictionary(uniqueKeysWithValues: zip(lemmaKeys, lemmaValues)))
    }

    /// The model file's bytes (deterministic: maps are written sorted).
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter()
        writer.writeHeader(magic: Self.magic, version: Self.version)
        writer.write(strings: upos)
        writer.write(strings: xpos)
        writer.write(hashMap: tagDictionary)
        writer.write(hashMap: lexicon)
        let lemmaKeys = learnedLemmas.keys.sorted()
        writer.write(strings: lemmaKeys)
        writer.write(strings: lemmaKeys.map { learnedLemmas[$0]! })
        weights.write(to: &writer)
        return writer.bytes
    }
}

extension BinaryWriter {
    /// Writes a hash → small value map, sorted by key.
    mutating func write(hashMap: [UInt64: UInt8]) {
        let keys = hashMap.keys.sorted()
        write(uint32s: keys.flatMap { [UInt32(truncatingIfNeeded: $0), UInt32(truncatingIfNeeded: $0 >> 32)] })
        write(bytes: keys.map { hashMap[$0]! })
    }
}

extension BinaryReader {
    /// Reads a map written by `write(hashMap:)`.
    mutating func readHashMap() throws -> [UInt64: UInt8] {
        let halves = try readUInt32s()
        let values = try readBytes()
        guard halves.count == values.count * 2 else {
            throw SyntaxError(code: .badModel, message: "inconsistent hash map")
        }
        var map: [UInt64: UInt8] = [:]
        map.reserveCapacity(values.count)
        for (i, v) in values.enumerated() {
            map[UInt64(halves[2 * i]) | UInt64(halves[2 * i + 1]) << 32] = v
        }
        return map
    }
}
