import Foundation
import Testing
@testable import ChronicleCore

@Suite("Word clusters")
struct WordClustersTests {
    struct Example: CustomStringConvertible, Sendable {
        var word, other: String
        var steps: Int
        var relation: String
        var description: String { "\(word) \(relation) \(other) (\(steps) steps)" }
    }

    static func examples() throws -> [Example] {
        let text = try String(contentsOf: try SyntaxResources.url("cluster-examples", "tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t").map(String.init)
            guard f.count == 4, let steps = Int(f[2]) else { return nil }
            return Example(word: f[0], other: f[1], steps: steps, relation: f[3])
        }
    }

    @Test("every example of cluster-examples.tsv")
    func examplesFile() throws {
        let clusters = try WordClusters.shipped()
        #expect(clusters.count > 90_000)   // distinct lowercase words
        let all = try Self.examples()
        #expect(all.filter { $0.relation == "shares" }.count >= 10)
        #expect(all.filter { $0.relation == "differs" }.count >= 5)
        #expect(all.filter { $0.relation == "absent" }.count >= 3)
        for e in all {
            let a = clusters.cluster(ofWordKey: DependencyParser.wordKey(e.word))
            switch e.relation {
            case "absent":
                #expect(a == 0, "\(e)")
            case "shares", "differs":
                let b = clusters.cluster(ofWordKey: DependencyParser.wordKey(e.other))
                #expect(a != 0 && b != 0, "\(e): both words must be listed")
                let same = WordClusters.prefix(a, e.steps) == WordClusters.prefix(b, e.steps)
                #expect(same == (e.relation == "shares"), "\(e)")
            default:
                Issue.record("unknown relation in \(e)")
            }
        }
    }

    @Test("a path is read from its first step, and prefixes keep their length")
    func pathsAndPrefixes() throws {
        let table = try WordClusters(tsv: Array("# comment\nalpha\t110\nbeta\t1101\ngamma\t0\n".utf8), source: "test")
        let alpha = table.cluster(ofWordKey: DependencyParser.wordKey("Alpha"))
        let beta = table.cluster(ofWordKey: DependencyParser.wordKey("beta"))
        #expect(alpha == 0b1011)            // steps 1, 1, 0 from the lowest bit, then the mark
        #expect(WordClusters.length(alpha) == 3)
        #expect(WordClusters.length(table.cluster(ofWordKey: DependencyParser.wordKey("gamma"))) == 1)
        #expect(WordClusters.prefix(beta, 3) == alpha)
        #expect(WordClusters.prefix(beta, 2) == WordClusters.prefix(alpha, 2))
        #expect(WordClusters.prefix(alpha, 8) == alpha)   // shorter than asked: the whole path
        #expect(WordClusters.prefix(0, 4) == 0)
        #expect(table.cluster(ofWordKey: DependencyParser.wordKey("delta")) == 0)
        // The first casing listed wins.
        let cased = try WordClusters(tsv: Array("Apple\t01\napple\t11\n".utf8), source: "test")
        #expect(cased.count == 1 && cased.cluster(ofWordKey: DependencyParser.wordKey("APPLE")) == 0b110)
    }

    @Test("the tagger looks words up by its lowercase form, which is the parser's word key")
    func taggerKeys() throws {
        let clusters = try WordClusters.shipped()
        for word in ["Pyongyang", "condemned", "the", "Straße", "don't"] {
            #expect(WordShape(word).lower == DependencyParser.wordKey(word), "\(word)")
        }
        #expect(PartOfSpeechTagger.cluster(WordShape("Tokyo"), in: clusters)
                == UInt64(clusters.cluster(ofWordKey: DependencyParser.wordKey("tokyo"))))
        #expect(PartOfSpeechTagger.cluster(WordShape("Tokyo"), in: clusters) > 1)
        // Numbers are folded by the shape and not looked up; a tagger without clusters has none.
        #expect(PartOfSpeechTagger.cluster(WordShape("1990"), in: clusters) == 0)
        #expect(PartOfSpeechTagger.cluster(WordShape("Tokyo"), in: nil) == PartOfSpeechTagger.noClusters)
    }

    @Test("a malformed line is an error that names the file and the line")
    func malformedLines() {
        #expect(throws: SyntaxError.self) { try WordClusters(tsv: Array("alpha 110\n".utf8), source: "t.tsv") }
        #expect(throws: SyntaxError.self) { try WordClusters(tsv: Array("alpha\t\n".utf8), source: "t.tsv") }
        do {
            _ = try WordClusters(tsv: Array("alpha\t110\nbeta\t12\n".utf8), source: "t.tsv")
            Issue.record("a path with a 2 must not load")
        } catch let error as SyntaxError {
            #expect(error.message.contains("t.tsv:2"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }
}
