import Testing
@testable import ChronicleCore

@Suite("Beam search and global training of the parser")
struct BeamParserTests {
    static func inputs(_ s: CoNLLUSentence) -> (words: [UInt64], tags: [UInt64], coarse: [UInt64]) {
        (s.forms.map(DependencyParser.wordKey), s.words.map { DependencyParser.tagKey(upos: $0.upos, xpos: $0.xpos) },
         s.words.map { DependencyParser.coarseKey(upos: $0.upos) })
    }

    @Test("a beam of width 1 gives exactly the greedy parser's trees")
    func widthOneIsGreedy() throws {
        let parser = try SyntaxParser.shipped().parser
        #expect(parser.beamWidth == 1)
        let slice = try SyntaxTestSupport.trainingSlice(200)
        var differing = 0
        for s in slice {
            let (w, t, c) = Self.inputs(s)
            let greedy = parser.parseGreedily(words: w, tags: t, coarse: c)
            let beam = parser.parseWithBeam(words: w, tags: t, coarse: c, width: 1)
            if greedy.heads != beam.heads || greedy.labels != beam.labels { differing += 1 }
        }
        #expect(differing == 0)
    }

    @Test("the beam keeps the best successors, the earlier one first on ties")
    func candidates() {
        var next = BeamCandidates(width: 3)
        for (score, transition) in [(1.0, 0), (3.0, 1), (2.0, 2), (3.0, 3), (0.5, 4), (2.0, 5)] {
            next.offer(score: score, parent: 0, transition: transition)
        }
        #expect(next.items.map(\.transition) == [1, 3, 2])
        #expect(!next.admits(2.0) && next.admits(2.5))
        next.removeAll()
        #expect(next.items.isEmpty && next.admits(-100))
    }

    @Test("valid classes are those the state accepts")
    func validClasses() throws {
        let s = try SyntaxTestSupport.trainingSlice(5)[4]
        let labels = 10, classes = 2 + 2 * labels, root = 3
        var state = ArcEagerState(wordCount: s.words.count)
        var buffer = [Int](repeating: 0, count: classes)
        var steps = 0
        while !state.isTerminal {
            let count = buffer.withUnsafeMutableBufferPointer { state.validClasses(classCount: classes, rootLabel: root, into: $0.baseAddress!) }
            let expected = (0 ..< classes).filter { state.isValid($0, rootLabel: root) }
            #expect(Array(buffer[0 ..< count]) == expected)
            // Alternate among the valid classes so that every kind of transition occurs.
            state.apply(expected[steps % expected.count])
            steps += 1
        }
        #expect(steps == 2 * s.words.count)
    }

    @Test("global training converges, is reproducible and records the beam width")
    func globalTraining() throws {
        let slice = try SyntaxTestSupport.trainingSlice()
        var lines: [String] = []
        let one = DependencyParser.train(sentences: slice, iterations: 1, seed: 3, beamWidth: 4)
        let three = DependencyParser.train(sentences: slice, iterations: 4, seed: 3, beamWidth: 4) { lines.append($0) }
        let again = DependencyParser.train(sentences: slice, iterations: 4, seed: 3, beamWidth: 4)
        #expect(three.beamWidth == 4 && lines.count == 4)
        let u1 = SyntaxTrainingTests.attachment(one, slice), u3 = SyntaxTrainingTests.attachment(three, slice)
        #expect(u3 > 85)
        #expect(u3 > u1)
        #expect(three.serialized() == again.serialized())
        let reloaded = try DependencyParser(bytes: three.serialized(), source: "memory")
        #expect(reloaded.beamWidth == 4)
        #expect(reloaded.serialized() == three.serialized())
        #expect(reloaded.pruned(minimumWeight: 0.5).beamWidth == 4)
        // The recorded width is used by default; another can be asked for.
        for s in slice.prefix(30) {
            let (w, t, c) = Self.inputs(s)
            let parsed = reloaded.parse(words: w, tags: t, coarse: c)
            #expect(parsed.heads == reloaded.parseWithBeam(words: w, tags: t, coarse: c, width: 4).heads)
            #expect(reloaded.withBeamWidth(1).parse(words: w, tags: t, coarse: c).heads
                    == reloaded.parseGreedily(words: w, tags: t, coarse: c).heads)
            #expect(parsed.heads.allSatisfy { $0 >= -1 && $0 < s.words.count })
        }
    }

    @Test("the model averaged after an iteration is the model trained for that many iterations")
    func snapshots() throws {
        let slice = try SyntaxTestSupport.trainingSlice(50)
        var second: [UInt8] = []
        let three = DependencyParser.trainGlobally(sentences: slice, tags: nil, coarseTags: nil, iterations: 3,
                                                   beamWidth: 3, seed: 9, progress: { _ in },
                                                   snapshot: { i, p in if i == 2 { second = p.serialized() } })
        let two = DependencyParser.train(sentences: slice, iterations: 2, seed: 9, beamWidth: 3)
        #expect(!second.isEmpty && second == two.serialized())
        #expect(three.serialized() != second)
    }

    @Test("a greedy model is still written as version 2 and loads as greedy")
    func greedyFormat() throws {
        let slice = try SyntaxTestSupport.trainingSlice(40)
        let greedy = DependencyParser.train(sentences: slice, iterations: 1, seed: 2)
        let bytes = greedy.serialized()
        #expect(Array(bytes[4 ..< 8]) == [2, 0, 0, 0])   // little-endian version
        #expect(try DependencyParser(bytes: bytes, source: "memory").beamWidth == 1)
        let wide = greedy.withBeamWidth(6)
        #expect(try DependencyParser(bytes: wide.serialized(), source: "memory").beamWidth == 6)
        #expect(wide.serialized().count == bytes.count + 4)
    }
}
