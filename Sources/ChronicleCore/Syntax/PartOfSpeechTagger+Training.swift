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
    ///   - twoPass: Whether to train the second pass (false gives a faster, slightly weaker
    ///     tagger, e.g. for jackknifing the parser's training tags).
    ///   - tagLexicon: Outside knowledge of the tags words can take (copied into the model);
    ///     ``TagLexicon/empty`` trains without it.
    ///   - clusters: Word clusters to add as features (nil: a tagger without them); the model
    ///     records that it uses them and loads the shipped table.
    ///   - firstPassReversed: Whether the first pass tags right to left (see
    ///     ``PartOfSpeechTagger/firstPassReversed``).
    ///   - bothFirstPasses: Whether to train a left-to-right and a right-to-left first pass, both
    ///     read by the second (see ``PartOfSpeechTagger/backward``); only with `twoPass`, and
    ///     not with `firstPassReversed` (which it then overrides).
    ///   - beamWidth: 1 trains every pass greedily; more trains the last pass (the second, or
    ///     the only one) globally for a beam of that width, which the model records and tags
    ///     with (see ``TaggingCorpus/trainGlobally(lexical:tagDictionary:draft:forward:iterations:width:seed:earlyUpdate:progress:)``).
    ///   - earlyUpdate: With a beam, update at the first word where the gold tags fall off the
    ///     beam instead of at the widest violation.
    public static func train(sentences: [CoNLLUSentence], iterations: Int = 6, seed: UInt64 = 1,
                             twoPass: Bool = true, tagLexicon: TagLexicon = .empty, clusters: WordClusters? = nil,
                             firstPassReversed: Bool = false, bothFirstPasses: Bool = false, beamWidth: Int = 1,
                             earlyUpdate: Bool = false, progress: (String) -> Void = { _ in }) -> PartOfSpeechTagger {
        let both = bothFirstPasses && twoPass
        let firstPassReversed = firstPassReversed && !both
        // Classes: every UPOS/XPOS pair, sorted for determinism.
        var pairSet = Set<String>()
        for s in sentences { for w in s.words { pairSet.insert(w.upos + "\t" + w.xpos) } }
        let pairs = pairSet.sorted()
        let upos = pairs.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[0]) }
        let xpos = pairs.map { String($0.split(separator: "\t", omittingEmptySubsequences: false)[1]) }
        let corpus = TaggingCorpus(sentences, pairs: pairs)
        let outside = tagLexicon.entries

        // First-pass tags of the training data come from taggers that did not see the sentence
        // (five folds), so the second pass learns how far to trust them.
        let folds = twoPass ? 5 : 0
        var draft = [[Int]](repeating: [], count: sentences.count)
        var forward: [[Int]]? = both ? draft : nil
        for fold in 0 ..< folds {
            let inFold = corpus.indices.filter { $0 % folds == fold }
            let part = corpus.subset(corpus.indices.filter { $0 % folds != fold })
            let lexicons = part.lexicons(outside: outside, clusters: clusters)
            let weights = part.trainFirstPass(lexical: lexicons.training, tagDictionary: lexicons.tagDictionary,
                                              rightToLeft: firstPassReversed, iterations: iterations, seed: seed &+ UInt64(fold))
            // The right-to-left pass of a tagger with both is seeded apart from the left-to-right one.
            let backward = !both ? nil : part.trainFirstPass(lexical: lexicons.training, tagDictionary: lexicons.tagDictionary,
                                                             rightToLeft: true, iterations: iterations,
                                                             seed: seed &+ 201 &+ UInt64(fold))
            let tagger = PartOfSpeechTagger(upos: upos, xpos: xpos, first: weights, second: nil,
                                            tagDictionary: lexicons.tagDictionary, lexicon: lexicons.lexicon,
                                            learnedLemmas: [:], outside: outside, clusters: clusters,
                                            firstPassReversed: firstPassReversed, backward: backward)
            var right = 0, total = 0
            for s in inFold {
                let drafts = tagger.firstPasses(shapes: corpus.shapes[s])
                draft[s] = drafts.right.tags
                forward?[s] = drafts.forward?.tags ?? []
                right += zip(draft[s], corpus.gold[s]).filter { $0 == $1 }.count
                total += draft[s].count
            }
            progress(String(format: "first-pass fold %d/%d: %.2f%% of held-out tags right",
                            fold + 1, folds, 100 * Double(right) / Double(max(total, 1))))
        }
        let lexicons = corpus.lexicons(outside: outside, clusters: clusters)
        let first = corpus.trainFirstPass(lexical: lexicons.training, tagDictionary: lexicons.tagDictionary,
                                          rightToLeft: firstPassReversed, iterations: iterations, seed: seed,
                                          beamWidth: twoPass ? 1 : beamWidth, earlyUpdate: earlyUpdate) {
            progress("first pass, " + $0)
        }
        let backward = !both ? nil : corpus.trainFirstPass(lexical: lexicons.training, tagDictionary: lexicons.tagDictionary,
                                                           rightToLeft: true, iterations: iterations, seed: seed &+ 201) {
            progress("right-to-left first pass, " + $0)
        }
        var second: WeightTable?
        if twoPass && beamWidth > 1 {
            second = corpus.trainGlobally(lexical: lexicons.training, tagDictionary: lexicons.tagDictionary, draft: draft,
                                          forward: forward, iterations: iterations, width: beamWidth, seed: seed &+ 101,
                                          earlyUpdate: earlyUpdate) {
                progress("second pass, " + $0)
            }
        } else if twoPass {
            second = corpus.trainWeights(lexical: lexicons.training, tagDictionary: lexicons.tagDictionary,
                                         draft: draft, forward: forward, iterations: iterations, seed: seed &+ 101) {
                progress("second pass, " + $0)
            }
        }
        return PartOfSpeechTagger(upos: upos, xpos: xpos, first: first, second: second,
                                  tagDictionary: lexicons.tagDictionary, lexicon: lexicons.lexicon,
                                  learnedLemmas: Lemmatizer.learnExceptions(from: sentences), outside: outside,
                                  clusters: clusters, firstPassReversed: firstPassReversed, backward: backward,
                                  beamWidth: beamWidth)
    }

    /// A copy whose weight tables drop weights below `minimum` in magnitude (see
    /// ``WeightTable/pruned(minimumWeight:)``); `chronicle train tagger --min-weight` applies it.
    public func pruned(minimumWeight minimum: Float) -> PartOfSpeechTagger {
        PartOfSpeechTagger(upos: upos, xpos: xpos, first: first.pruned(minimumWeight: minimum),
                           second: second?.pruned(minimumWeight: minimum), tagDictionary: tagDictionary,
                           lexicon: lexicon, learnedLemmas: learnedLemmas, outside: outside, clusters: clusters,
                           firstPassReversed: firstPassReversed, backward: backward?.pruned(minimumWeight: minimum),
                           backwardSecond: backwardSecond?.pruned(minimumWeight: minimum), beamWidth: beamWidth)
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
        // Version 2 models have no outside lexicon.
        let version = try reader.expectHeader(magic: Self.magic, versions: 2 ... Self.version)
        let upos = try reader.readStrings()
        let xpos = try reader.readStrings()
        let dictionary = try reader.readHashMap()
        let lexicon = try reader.readHashMap64()
        let lemmaKeys = try reader.readStrings()
        let lemmaValues = try reader.readStrings()
        let first = try WeightTable(from: &reader)
        let second = try reader.readUInt32() == 1 ? WeightTable(from: &reader) : nil
        let outside = version >= 3 ? try reader.readHashMap64() : [:]
        let options = version >= 4 ? try reader.readUInt32() : 0
        let beamWidth = options & Self.beamOption != 0 ? Int(try reader.readUInt32()) : 1
        let backward = options & Self.bothFirstPassesOption != 0 ? try WeightTable(from: &reader) : nil
        let backwardSecond = options & Self.joinedOption != 0 ? try WeightTable(from: &reader) : nil
        guard upos.count == xpos.count, upos.count == first.classCount, lemmaKeys.count == lemmaValues.count,
              second.map({ $0.classCount == first.classCount }) ?? true,
              backward.map({ $0.classCount == first.classCount && second != nil }) ?? true,
              backwardSecond.map({ $0.classCount == first.classCount && backward != nil }) ?? true,
              options & ~(Self.clusterOption | Self.reversedFirstPassOption | Self.bothFirstPassesOption
                  | Self.joinedOption | Self.beamOption) == 0,
              (1 ... Self.maximumBeamWidth).contains(beamWidth), beamWidth == 1 || backwardSecond == nil,
              options & Self.reversedFirstPassOption == 0 || backward == nil else {
            throw SyntaxError(code: .badModel, message: "\(source): inconsistent tagger model")
        }
        self.init(upos: upos, xpos: xpos, first: first, second: second, tagDictionary: dictionary, lexicon: lexicon,
                  learnedLemmas: Dictionary(uniqueKeysWithValues: zip(lemmaKeys, lemmaValues)), outside: outside,
                  clusters: options & Self.clusterOption != 0 ? try WordClusters.shipped() : nil,
                  firstPassReversed: options & Self.reversedFirstPassOption != 0, backward: backward,
                  backwardSecond: backwardSecond, beamWidth: beamWidth)
    }

    /// The bit of a version 4 model's options that says it uses word clusters.
    static let clusterOption: UInt32 = 1
    /// The bit of a version 4 model's options that says its first pass tags right to left.
    static let reversedFirstPassOption: UInt32 = 2
    /// The bit of a version 4 model's options that says it has both first passes (the
    /// right-to-left one's weights follow the options word).
    static let bothFirstPassesOption: UInt32 = 4
    /// The bit of a version 4 model's options that says it joins two taggers (with
    /// ``bothFirstPassesOption``: the second second pass's weights follow the right-to-left first pass's).
    static let joinedOption: UInt32 = 8
    /// The bit of a version 4 model's options that says its last pass decodes with a beam
    /// (the width follows the options word).
    static let beamOption: UInt32 = 16
    /// The widest beam a model may record.
    public static let maximumBeamWidth = 1024

    /// The options of a version 4 model (0: the model is written as version 3).
    var options: UInt32 {
        (clusters != nil ? Self.clusterOption : 0) | (firstPassReversed ? Self.reversedFirstPassOption : 0)
            | (backward != nil ? Self.bothFirstPassesOption : 0) | (backwardSecond != nil ? Self.joinedOption : 0)
            | (beamWidth > 1 ? Self.beamOption : 0)
    }

    /// The model file's bytes (deterministic: maps are written sorted).
    public func serialized() -> [UInt8] {
        var writer = BinaryWriter()
        writer.writeHeader(magic: Self.magic, version: options != 0 ? 4 : 3)
        writer.write(strings: upos)
        writer.write(strings: xpos)
        writer.write(hashMap: tagDictionary)
        writer.write(hashMap64: lexicon)
        let lemmaKeys = learnedLemmas.keys.sorted()
        writer.write(strings: lemmaKeys)
        writer.write(strings: lemmaKeys.map { learnedLemmas[$0]! })
        first.write(to: &writer)
        writer.write(UInt32(second == nil ? 0 : 1))
        second?.write(to: &writer)
        writer.write(hashMap64: outside)
        if options != 0 { writer.write(options) }
        if beamWidth > 1 { writer.write(UInt32(beamWidth)) }
        backward?.write(to: &writer)
        backwardSecond?.write(to: &writer)
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

extension BinaryWriter {
    /// Writes a hash → hash map, sorted by key.
    mutating func write(hashMap64 map: [UInt64: UInt64]) {
        let keys = map.keys.sorted()
        func halves(_ v: UInt64) -> [UInt32] { [UInt32(truncatingIfNeeded: v), UInt32(truncatingIfNeeded: v >> 32)] }
        write(uint32s: keys.flatMap(halves))
        write(uint32s: keys.flatMap { halves(map[$0]!) })
    }
}

extension BinaryReader {
    /// Reads a map written by `write(hashMap64:)`.
    mutating func readHashMap64() throws -> [UInt64: UInt64] {
        let keys = try readUInt32s()
        let values = try readUInt32s()
        guard keys.count == values.count, keys.count % 2 == 0 else {
            throw SyntaxError(code: .badModel, message: "inconsistent hash map")
        }
        var map: [UInt64: UInt64] = [:]
        map.reserveCapacity(keys.count / 2)
        for i in stride(from: 0, to: keys.count, by: 2) {
            map[UInt64(keys[i]) | UInt64(keys[i + 1]) << 32] = UInt64(values[i]) | UInt64(values[i + 1]) << 32
        }
        return map
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

extension PartOfSpeechTagger {
    /// A tagger that runs both taggers' first passes and adds the scores of their second
    /// passes, each reading its own draft (a score-level ensemble of two kinds of tagger, which
    /// cannot be averaged weight by weight).
    ///
    /// - Throws: ``SyntaxError`` unless `leftToRight` is a two-pass tagger with a left-to-right
    ///   first pass and `rightToLeft` one with a right-to-left first pass, trained on the same data
    ///   (the same classes, dictionaries and lexicons) with the same features.
    public static func joining(leftToRight: PartOfSpeechTagger, rightToLeft: PartOfSpeechTagger) throws -> PartOfSpeechTagger {
        let a = leftToRight, b = rightToLeft
        guard let second = a.second, let backwardSecond = b.second, !a.firstPassReversed, b.firstPassReversed,
              a.beamWidth == 1, b.beamWidth == 1,
              a.backward == nil, b.backward == nil, a.upos == b.upos, a.xpos == b.xpos,
              a.tagDictionary == b.tagDictionary, a.lexicon == b.lexicon, a.outside == b.outside,
              (a.clusters == nil) == (b.clusters == nil) else {
            throw SyntaxError(code: .badModel,
                              message: "taggers to join must be a left-to-right and a right-to-left two-pass tagger trained on the same data")
        }
        return PartOfSpeechTagger(upos: a.upos, xpos: a.xpos, first: a.first, second: second,
                                  tagDictionary: a.tagDictionary, lexicon: a.lexicon, learnedLemmas: a.learnedLemmas,
                                  outside: a.outside, clusters: a.clusters, backward: b.first, backwardSecond: backwardSecond)
    }
}
