import Testing
@testable import ChronicleCore

@Suite("Tagger: global training and decoding with a beam over tag sequences")
struct TaggerBeamTests {
    @Test("a beam tagger converges, is reproducible and records its width")
    func beamTagger() throws {
        let slice = try SyntaxTestSupport.trainingSlice()
        let one = PartOfSpeechTagger.train(sentences: slice, iterations: 1, seed: 7, beamWidth: 4)
        let three = PartOfSpeechTagger.train(sentences: slice, iterations: 3, seed: 7, beamWidth: 4)
        let again = PartOfSpeechTagger.train(sentences: slice, iterations: 3, seed: 7, beamWidth: 4)
        let a1 = SyntaxTrainingTests.taggingAccuracy(one, slice), a3 = SyntaxTrainingTests.taggingAccuracy(three, slice)
        #expect(a3 > 0.9)
        #expect(a3 >= a1)
        #expect(three.beamWidth == 4)
        let bytes = three.serialized()
        #expect(bytes == again.serialized())
        // Version 4, the beam option bit, and the width after the options word.
        #expect(Array(bytes[4 ..< 8]) == [4, 0, 0, 0])
        #expect(Array(bytes.suffix(8)) == [16, 0, 0, 0, 4, 0, 0, 0])
        let reloaded = try PartOfSpeechTagger(bytes: bytes, source: "memory")
        #expect(reloaded.beamWidth == 4 && reloaded.serialized() == bytes)
        #expect(slice.prefix(20).allSatisfy { reloaded.tag($0.forms) == three.tag($0.forms) })
        // Pruning and averaging keep the width; a greedy tagger is not averaged or joined with it.
        #expect(three.pruned(minimumWeight: 0.5).beamWidth == 4)
        #expect(try PartOfSpeechTagger.averaging([three, again]).beamWidth == 4)
        let plain = PartOfSpeechTagger.train(sentences: slice, iterations: 3, seed: 7)
        #expect(throws: SyntaxError.self) { try PartOfSpeechTagger.averaging([plain, three]) }
        let reversed = PartOfSpeechTagger.train(sentences: slice, iterations: 1, seed: 7, firstPassReversed: true)
        #expect(throws: SyntaxError.self) { try PartOfSpeechTagger.joining(leftToRight: three, rightToLeft: reversed) }
        // A width of 0 in the file is refused.
        var damaged = bytes
        damaged[damaged.count - 4] = 0
        #expect(throws: SyntaxError.self) { try PartOfSpeechTagger(bytes: damaged, source: "memory") }
    }

    @Test("early updates train a tagger too, reproducibly, unlike the maximum-violation one")
    func earlyUpdate() throws {
        let slice = try SyntaxTestSupport.trainingSlice(60)
        let early = PartOfSpeechTagger.train(sentences: slice, iterations: 3, seed: 5, beamWidth: 4, earlyUpdate: true)
        let again = PartOfSpeechTagger.train(sentences: slice, iterations: 3, seed: 5, beamWidth: 4, earlyUpdate: true)
        let widest = PartOfSpeechTagger.train(sentences: slice, iterations: 3, seed: 5, beamWidth: 4)
        #expect(early.serialized() == again.serialized())
        #expect(early.serialized() != widest.serialized())
        #expect(SyntaxTrainingTests.taggingAccuracy(early, slice) > 0.9)
    }

    @Test("a width of 1 trains the greedy tagger, same bytes")
    func widthOneIsGreedy() throws {
        let slice = try SyntaxTestSupport.trainingSlice(60)
        let greedy = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5)
        let widthOne = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5, beamWidth: 1)
        #expect(greedy.serialized() == widthOne.serialized())
        #expect(Array(greedy.serialized()[4 ..< 8]) == [3, 0, 0, 0])
    }

    @Test("decoding with a beam of 1 gives the greedy pass's tags")
    func beamOfOneDecodesGreedily() throws {
        let slice = try SyntaxTestSupport.trainingSlice(60)
        let tagger = PartOfSpeechTagger.train(sentences: slice, iterations: 2, seed: 5)
        let second = try #require(tagger.second)
        let shipped = try SyntaxParser.shipped().tagger
        for s in slice {
            let shapes = s.forms.map(WordShape.init)
            for t in [tagger, shipped] {
                let lexical = shapes.map { t.lexiconFeature($0) }
                let known = shapes.map { t.tagDictionary[$0.form].map(Int.init) ?? -1 }
                let draft = t.decode(shapes, lexical, known, weights: t.first, right: nil, exactSums: true).tags
                #expect(t.decodeWithBeam(shapes, lexical, known, weights: t.first, right: nil, width: 1, exactSums: true)
                    == draft)
                let weights = t.second ?? second
                #expect(t.decodeWithBeam(shapes, lexical, known, weights: weights, right: draft, width: 1, exactSums: true)
                    == t.decode(shapes, lexical, known, weights: weights, right: draft, exactSums: true).tags)
            }
            #expect(tagger.withBeamWidth(1).tag(shapes: shapes) == tagger.tag(shapes: shapes))
        }
    }

    @Test("a one-pass beam tagger tags in order, either way")
    func onePassBeam() throws {
        let slice = try SyntaxTestSupport.trainingSlice(60)
        for reversed in [false, true] {
            let tagger = PartOfSpeechTagger.train(sentences: slice, iterations: 3, seed: 5, twoPass: false,
                                                  firstPassReversed: reversed, beamWidth: 3)
            #expect(tagger.second == nil && tagger.beamWidth == 3)
            #expect(SyntaxTrainingTests.taggingAccuracy(tagger, slice) > 0.9)
            let reloaded = try PartOfSpeechTagger(bytes: tagger.serialized(), source: "memory")
            #expect(reloaded.firstPassReversed == reversed && reloaded.beamWidth == 3)
        }
    }

    @Test("the beam keeps the best sequence of each tag history, best first")
    func candidates() {
        var next = BeamCandidates(width: 2)
        next.offer(score: 1.5, parent: 0, transition: 3, history: BeamCandidates.history(tag: 3, previous: 1))
        next.offer(score: 2.0, parent: 1, transition: 3, history: BeamCandidates.history(tag: 3, previous: 1))
        #expect(next.items.map(\.parent) == [1])
        next.offer(score: 1.0, parent: 0, transition: 3, history: BeamCandidates.history(tag: 3, previous: 2))
        next.offer(score: 1.0, parent: 2, transition: 4, history: BeamCandidates.history(tag: 4, previous: 2))
        #expect(next.items.map(\.parent) == [1, 0])   // a tie keeps the earlier offer
        next.offer(score: 3.0, parent: 2, transition: 5, history: BeamCandidates.history(tag: 5, previous: 2))
        #expect(next.items.map(\.transition) == [5, 3])
        #expect(!next.admits(2.0) && next.admits(2.5))
    }
}
