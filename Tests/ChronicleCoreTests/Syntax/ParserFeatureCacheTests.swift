import Testing
@testable import ChronicleCore

@Suite("Syntax: parser feature cache")
struct ParserFeatureCacheTests {
    /// The keys of `features(_:_:_:_:into:)` (the training path) in every state of random
    /// valid transition sequences.
    @Test("the cached keys are the training path's keys, in the same order, with and without UPOS and cluster templates")
    func sameKeysAsTrainingPath() throws {
        let table = try WordClusters.shipped()
        let sentences = try SyntaxTestSupport.trainingSlice(60)
        let labelCount = 51
        let labelKeys = ParserFeatureCache.labelKeys(labelCount: labelCount)
        let rootLabel = 7
        var rng = SplitMix64(seed: 3)
        var compared = 0
        for (number, s) in sentences.enumerated() {
            let words = s.words.map { DependencyParser.wordKey($0.form) }
            let tags = s.words.map { DependencyParser.tagKey(upos: $0.upos, xpos: $0.xpos) }
            let coarse: [UInt64]? = number % 3 == 2 ? nil : s.words.map { DependencyParser.coarseKey(upos: $0.upos) }
            // Clusters in two sentences of three (with and without UPOS templates).
            let clusters = number % 3 == 0 ? nil : table.values(ofWordKeys: words)
            let cache = ParserFeatureCache(words: words, tags: tags, coarse: coarse, clusters: clusters, labelKeys: labelKeys)
            var state = ArcEagerState(wordCount: words.count)
            var expected = [UInt32](repeating: 0, count: DependencyParser.featureCapacity)
            var actual = [UInt32](repeating: 0, count: DependencyParser.featureCapacity)
            while !state.isTerminal {
                let count = DependencyParser.features(state, words, tags, coarse, clusters, into: &expected)
                let cached = actual.withUnsafeMutableBufferPointer { cache.features(state, into: $0.baseAddress!) }
                #expect(cached == count)
                #expect(Array(actual[0 ..< cached]) == Array(expected[0 ..< count]))
                compared += 1
                let valid = (0 ..< 2 + 2 * labelCount).filter { state.isValid($0, rootLabel: rootLabel) }
                state.apply(valid[Int(rng.next() % UInt64(valid.count))])
            }
        }
        #expect(compared > 1000)
    }

    @Test("cluster templates add twelve keys after all others")
    func clusterKeys() throws {
        let s = try SyntaxTestSupport.trainingSlice(1)[0]
        let words = s.words.map { DependencyParser.wordKey($0.form) }
        let tags = s.words.map { DependencyParser.tagKey(upos: $0.upos, xpos: $0.xpos) }
        let coarse = s.words.map { DependencyParser.coarseKey(upos: $0.upos) }
        let clusters = try WordClusters.shipped().values(ofWordKeys: words)
        let labelKeys = ParserFeatureCache.labelKeys(labelCount: 10)
        let plain = ParserFeatureCache(words: words, tags: tags, coarse: coarse, labelKeys: labelKeys)
        let clustered = ParserFeatureCache(words: words, tags: tags, coarse: coarse, clusters: clusters, labelKeys: labelKeys)
        var state = ArcEagerState(wordCount: words.count)
        state.apply(ArcEagerState.shift)
        var a = [UInt32](repeating: 0, count: DependencyParser.featureCapacity), b = a
        let m = a.withUnsafeMutableBufferPointer { plain.features(state, into: $0.baseAddress!) }
        let k = b.withUnsafeMutableBufferPointer { clustered.features(state, into: $0.baseAddress!) }
        #expect(k == m + 12 && Array(a[0 ..< m]) == Array(b[0 ..< m]))
        // The stack top's whole path is the first cluster key.
        #expect(b[m] == FeatureHash.key(98, clusters[0]))
    }

    @Test("a label template's key is the key of the label number, or of no label")
    func labelKeys() {
        let keys = ParserFeatureCache.labelKeys(labelCount: 4)
        #expect(keys.count == 7 * 5)
        #expect(keys[0] == FeatureHash.key(46, DependencyParser.noLabel))
        #expect(keys[5 + 3] == FeatureHash.key(49, 2))
        #expect(keys[6 * 5 + 4] == FeatureHash.key(66, 3))
    }
}
