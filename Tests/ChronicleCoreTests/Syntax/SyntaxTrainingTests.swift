import Testing
@testable import ChronicleCore

@Suite("Training the tagger and the parser on a small slice")
struct SyntaxTrainingTests {
    static func taggingAccuracy(_ tagger: PartOfSpeechTagger, _ sentences: [CoNLLUSentence]) -> Double {
        var right = 0, total = 0
        for s in sentences {
            for (c, w) in zip(tagger.tag(s.forms), s.words) {
                if tagger.upos[c] == w.upos { right += 1 }
                total += 1
            }
        }
        return Double(right) / Double(max(total, 1))
    }

    static func attachment(_ parser: DependencyParser, _ sentences: [CoNLLUSentence]) -> Double {
        var score = SyntaxEvaluation()
        for s in sentences {
            let tags = s.words.map { DependencyParser.tagKey(upos: $0.upos, xpos: $0.xpos) }
            let coarse = s.words.map { DependencyParser.coarseKey(upos: $0.upos) }
            score.add(gold: s, system: parser.parse(forms: s.forms, tags: tags, coarse: coarse))
        }
        return score.uas
    }

    @Test("the tagger converges and is reproducible")
    func tagger() throws {
        let slice = try SyntaxTestSupport.trainingSlice()
        let one = PartOfSpeechTagger.train(sentences: slice, iterations: 1, seed: 7)
        let five = PartOfSpeechTagger.train(sentences: slice, iterations: 3, seed: 7)
        let again = PartOfSpeechTagger.train(sentences: slice, iterations: 3, seed: 7)
        let a1 = Self.taggingAccuracy(one, slice), a5 = Self.taggingAccuracy(five, slice)
        #expect(a5 > 0.9)
        #expect(a5 >= a1)
        #expect(five.serialized() == again.serialized())
        let reloaded = try PartOfSpeechTagger(bytes: five.serialized(), source: "memory")
        #expect(reloaded.serialized() == five.serialized())
        #expect(slice.prefix(20).allSatisfy { reloaded.tag($0.forms) == five.tag($0.forms) })
    }

    @Test("a tagger trained with an outside lexicon keeps it, reproducibly")
    func taggerWithLexicon() throws {
        let slice = try SyntaxTestSupport.trainingSlice(60)
        let lexicon = try TagLexicon.shipped()
        let tagger = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, tagLexicon: lexicon)
        let again = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, tagLexicon: lexicon)
        #expect(tagger.outside == lexicon.entries)
        #expect(tagger.serialized() == again.serialized())
        let reloaded = try PartOfSpeechTagger(bytes: tagger.serialized(), source: "memory")
        #expect(reloaded.outside == lexicon.entries)
        #expect(slice.prefix(20).allSatisfy { reloaded.tag($0.forms) == tagger.tag($0.forms) })
        // Without a lexicon the model has no table and the features are not used.
        let plain = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5)
        #expect(plain.outside.isEmpty && plain.serialized().count < tagger.serialized().count)
    }

    @Test("the parser converges and is reproducible")
    func parser() throws {
        let slice = try SyntaxTestSupport.trainingSlice()
        let one = DependencyParser.train(sentences: slice, iterations: 1, seed: 3)
        let four = DependencyParser.train(sentences: slice, iterations: 3, seed: 3)
        let again = DependencyParser.train(sentences: slice, iterations: 3, seed: 3)
        let u1 = Self.attachment(one, slice), u4 = Self.attachment(four, slice)
        #expect(u4 > 80)
        #expect(u4 >= u1)
        #expect(four.serialized() == again.serialized())
        let reloaded = try DependencyParser(bytes: four.serialized(), source: "memory")
        #expect(reloaded.serialized() == four.serialized())
    }

    @Test("a parser with cluster features is written as version 4 and reloads with its clusters")
    func clusterParser() throws {
        let slice = try SyntaxTestSupport.trainingSlice()
        let clusters = try WordClusters.shipped()
        let plain = DependencyParser.train(sentences: slice, iterations: 2, seed: 3)
        let clustered = DependencyParser.train(sentences: slice, clusters: clusters, iterations: 2, seed: 3)
        let again = DependencyParser.train(sentences: slice, clusters: clusters, iterations: 2, seed: 3)
        #expect(!plain.usesClusters && clustered.usesClusters)
        #expect(clustered.serialized() == again.serialized())
        // The cluster templates give the model features the plain one does not have.
        #expect(clustered.weights.size.features > plain.weights.size.features)
        #expect(Array(plain.serialized()[4 ..< 8]) == [2, 0, 0, 0])
        #expect(Array(clustered.serialized()[4 ..< 8]) == [4, 0, 0, 0])
        let reloaded = try DependencyParser(bytes: clustered.serialized(), source: "memory")
        #expect(reloaded.usesClusters && reloaded.beamWidth == 1)
        #expect(reloaded.serialized() == clustered.serialized())
        #expect(clustered.pruned(minimumWeight: 0.5).usesClusters)
        #expect(clustered.withBeamWidth(4).usesClusters)
        #expect(try DependencyParser.averaging([clustered, again]).usesClusters)
        #expect(throws: SyntaxError.self) { try DependencyParser.averaging([plain, clustered]) }
        #expect(!(try DependencyParser(bytes: plain.serialized(), source: "memory")).usesClusters)
        // Both parse the slice as well as they did before saving.
        #expect(Self.attachment(reloaded, slice) == Self.attachment(clustered, slice))
        #expect(Self.attachment(clustered, slice) > 60)
    }

    @Test("a beam parser with cluster features records both, and the unknown option bits are refused")
    func clusterBeamParser() throws {
        let slice = try SyntaxTestSupport.trainingSlice(50)
        let clusters = try WordClusters.shipped()
        let beam = DependencyParser.train(sentences: slice, clusters: clusters, iterations: 2, seed: 4, beamWidth: 3)
        let bytes = beam.serialized()
        #expect(Array(bytes[4 ..< 8]) == [4, 0, 0, 0])
        let reloaded = try DependencyParser(bytes: bytes, source: "memory")
        #expect(reloaded.usesClusters && reloaded.beamWidth == 3 && reloaded.serialized() == bytes)
        #expect(Self.attachment(reloaded, slice) == Self.attachment(beam, slice))
        // The options word follows the labels and the width; a bit nobody knows is an error.
        let labelBytes = beam.labels.reduce(4) { $0 + 4 + $1.utf8.count }
        var damaged = bytes
        let options = 8 + labelBytes + 4
        #expect(damaged[options] == 1)
        damaged[options] = 3
        #expect(throws: SyntaxError.self) { try DependencyParser(bytes: damaged, source: "memory") }
    }

    @Test("a tagger with cluster features is written as version 4, reloads with its clusters, reproducibly")
    func clusterTagger() throws {
        let slice = try SyntaxTestSupport.trainingSlice(60)
        let clusters = try WordClusters.shipped()
        let tagger = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, clusters: clusters)
        let again = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, clusters: clusters)
        let plain = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5)
        #expect(tagger.clusters != nil && plain.clusters == nil)
        #expect(tagger.serialized() == again.serialized())
        #expect(Array(tagger.serialized()[4 ..< 8]) == [4, 0, 0, 0])
        #expect(Array(plain.serialized()[4 ..< 8]) == [3, 0, 0, 0])
        #expect(tagger.first.size.features > plain.first.size.features)
        let reloaded = try PartOfSpeechTagger(bytes: tagger.serialized(), source: "memory")
        #expect(reloaded.clusters != nil && reloaded.serialized() == tagger.serialized())
        #expect(slice.prefix(20).allSatisfy { reloaded.tag($0.forms) == tagger.tag($0.forms) })
        #expect(tagger.pruned(minimumWeight: 0.5).clusters != nil)
        #expect(try PartOfSpeechTagger.averaging([tagger, again]).clusters != nil)
        #expect(throws: SyntaxError.self) { try PartOfSpeechTagger.averaging([plain, tagger]) }
        #expect(Self.taggingAccuracy(tagger, slice) > 0.9)
    }

    @Test("a tagger whose first pass runs right to left records it, reloads and tags in order, reproducibly")
    func reversedFirstPass() throws {
        let slice = try SyntaxTestSupport.trainingSlice(60)
        let tagger = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, firstPassReversed: true)
        let again = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, firstPassReversed: true)
        let plain = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5)
        #expect(tagger.firstPassReversed && !plain.firstPassReversed)
        #expect(tagger.serialized() == again.serialized())
        #expect(Array(tagger.serialized()[4 ..< 8]) == [4, 0, 0, 0])
        #expect(Array(tagger.serialized().suffix(4)) == [2, 0, 0, 0])   // the options word
        let reloaded = try PartOfSpeechTagger(bytes: tagger.serialized(), source: "memory")
        #expect(reloaded.firstPassReversed && reloaded.serialized() == tagger.serialized())
        #expect(slice.prefix(20).allSatisfy { reloaded.tag($0.forms) == tagger.tag($0.forms) })
        #expect(tagger.pruned(minimumWeight: 0.5).firstPassReversed)
        #expect(try PartOfSpeechTagger.averaging([tagger, again]).firstPassReversed)
        #expect(throws: SyntaxError.self) { try PartOfSpeechTagger.averaging([plain, tagger]) }
        // Its tags line up with the words, for the first pass alone too.
        #expect(Self.taggingAccuracy(tagger, slice) > 0.9)
        let firstOnly = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, twoPass: false,
                                                 firstPassReversed: true)
        #expect(firstOnly.second == nil && Self.taggingAccuracy(firstOnly, slice) > 0.9)
        // Both options together.
        let both = PartOfSpeechTagger.train(sentences: slice, iterations: 1, seed: 5, twoPass: false,
                                            clusters: try WordClusters.shipped(), firstPassReversed: true)
        #expect(Array(both.serialized().suffix(4)) == [3, 0, 0, 0])
        let bothReloaded = try PartOfSpeechTagger(bytes: both.serialized(), source: "memory")
        #expect(bothReloaded.firstPassReversed && bothReloaded.clusters != nil)
    }

    @Test("a tagger with both first passes records it, reloads and tags alike, reproducibly")
    func bothFirstPasses() throws {
        let slice = try SyntaxTestSupport.trainingSlice(60)
        let tagger = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, bothFirstPasses: true)
        let again = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, bothFirstPasses: true)
        let plain = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5)
        let backward = try #require(tagger.backward)
        #expect(plain.backward == nil && !tagger.firstPassReversed)
        #expect(tagger.serialized() == again.serialized())
        // The left-to-right first pass is the plain tagger's; the second pass has the drafts' features.
        #expect(tagger.first.size.features == plain.first.size.features)
        #expect(try #require(tagger.second).size.features > (try #require(plain.second)).size.features)
        #expect(backward.size.features > 0)
        let bytes = tagger.serialized()
        #expect(Array(bytes[4 ..< 8]) == [4, 0, 0, 0])
        let reloaded = try PartOfSpeechTagger(bytes: bytes, source: "memory")
        #expect(reloaded.backward != nil && reloaded.serialized() == bytes)
        #expect(slice.prefix(20).allSatisfy { reloaded.tag($0.forms) == tagger.tag($0.forms) })
        // The drafts: each pass's tags line up with the words; the right-to-left pass is the one
        // whose tags of the next words the second pass reads.
        let shapes = slice[3].forms.map(WordShape.init)
        let drafts = tagger.firstPasses(shapes: shapes)
        let forward = try #require(drafts.forward)
        #expect(forward.tags.count == shapes.count && drafts.right.tags.count == shapes.count)
        let rightToLeft = PartOfSpeechTagger(upos: tagger.upos, xpos: tagger.xpos, first: backward, second: nil,
                                             tagDictionary: tagger.tagDictionary, lexicon: tagger.lexicon,
                                             learnedLemmas: [:], outside: tagger.outside, firstPassReversed: true)
        #expect(rightToLeft.tag(shapes: shapes) == drafts.right.tags)
        #expect(Self.taggingAccuracy(tagger, slice) > 0.9)
        #expect(Self.taggingAccuracy(tagger, slice) >= Self.taggingAccuracy(plain, slice) - 0.01)
        // Pruning and averaging keep the second first pass; a plain tagger is not averaged with it.
        #expect(tagger.pruned(minimumWeight: 0.5).backward != nil)
        let averaged = try PartOfSpeechTagger.averaging([tagger, again])
        #expect(averaged.backward?.size.features == backward.size.features)
        #expect(throws: SyntaxError.self) { try PartOfSpeechTagger.averaging([plain, tagger]) }
        // The options word says so; a reversed first pass besides is refused.
        var backwardBytes = BinaryWriter()
        backward.write(to: &backwardBytes)
        let optionsAt = bytes.count - 4 - backwardBytes.bytes.count
        #expect(Array(bytes[optionsAt ..< optionsAt + 4]) == [4, 0, 0, 0])
        var damaged = bytes
        damaged[optionsAt] = 6
        #expect(throws: SyntaxError.self) { try PartOfSpeechTagger(bytes: damaged, source: "memory") }
        // Without a second pass the option does nothing.
        let firstOnly = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, twoPass: false,
                                                 bothFirstPasses: true)
        #expect(firstOnly.backward == nil && firstOnly.serialized()
            == PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, twoPass: false).serialized())
    }

    @Test("a left-to-right and a right-to-left tagger join into one model that adds their scores")
    func joinedTaggers() throws {
        let slice = try SyntaxTestSupport.trainingSlice(60)
        let plain = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5)
        let reversed = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 6, firstPassReversed: true)
        let joined = try PartOfSpeechTagger.joining(leftToRight: plain, rightToLeft: reversed)
        let again = try PartOfSpeechTagger.joining(leftToRight: PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5),
                                                   rightToLeft: reversed)
        #expect(joined.backwardSecond != nil && joined.backward != nil && !joined.firstPassReversed)
        let bytes = joined.serialized()
        #expect(again.serialized() == bytes)
        let reloaded = try PartOfSpeechTagger(bytes: bytes, source: "memory")
        #expect(reloaded.backwardSecond != nil && reloaded.serialized() == bytes)
        // The exact sums and the fast ones give the same tags; the joined tags differ from
        // either tagger's somewhere (the scores are added), and are as good.
        var differs = false
        for s in slice {
            let shapes = s.forms.map(WordShape.init)
            let tags = reloaded.tag(shapes: shapes)
            #expect(tags == joined.tag(shapes: shapes, exactSums: true))
            if tags != plain.tag(shapes: shapes) || tags != reversed.tag(shapes: shapes) { differs = true }
        }
        #expect(differs)
        #expect(Self.taggingAccuracy(joined, slice) >= min(Self.taggingAccuracy(plain, slice),
                                                           Self.taggingAccuracy(reversed, slice)))
        // Joined models average and prune like others; taggers of the wrong kinds do not join.
        #expect(try PartOfSpeechTagger.averaging([joined, again]).backwardSecond != nil)
        #expect(joined.pruned(minimumWeight: 0.5).backwardSecond != nil)
        #expect(throws: SyntaxError.self) { try PartOfSpeechTagger.joining(leftToRight: reversed, rightToLeft: plain) }
        #expect(throws: SyntaxError.self) { try PartOfSpeechTagger.joining(leftToRight: plain, rightToLeft: plain) }
        let other = PartOfSpeechTagger.train(sentences: Array(slice.prefix(40)), iterations: 2, seed: 6,
                                             firstPassReversed: true)
        #expect(throws: SyntaxError.self) { try PartOfSpeechTagger.joining(leftToRight: plain, rightToLeft: other) }
    }

    @Test("a damaged model is refused with a message")
    func damagedModel() {
        #expect(throws: SyntaxError.self) { try DependencyParser(bytes: Array("CHDPxx".utf8), source: "broken.bin") }
        #expect(throws: SyntaxError.self) { try PartOfSpeechTagger(bytes: [1, 2, 3], source: "broken.bin") }
    }
}
