import Foundation
import Testing
@testable import ChronicleCore

@Suite("CoNLL-U reading and writing")
struct CoNLLUTests {
    @Test("writing what was read reproduces the file")
    func roundTrip() throws {
        let url = try #require(Bundle.module.url(forResource: "clauses", withExtension: "conllu", subdirectory: "Corpora/syntax"))
        let text = try String(contentsOf: url, encoding: .utf8)
        let sentences = try CoNLLU.parse(text)
        #expect(sentences.count == 8)
        #expect(CoNLLU.write(sentences) == text)
        #expect(try CoNLLU.parse(CoNLLU.write(sentences)) == sentences)
    }

    @Test("multiword ranges are kept and empty nodes skipped")
    func rangesAndEmptyNodes() throws {
        let text = """
            # text = They didn't go.
            1\tThey\tthey\tPRON\tPRP\t_\t4\tnsubj\t_\t_
            2-3\tdidn't\t_\t_\t_\t_\t_\t_\t_\t_
            2\tdid\tdo\tAUX\tVBD\t_\t4\taux\t_\t_
            3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_
            3.1\tgo\tgo\tVERB\tVB\t_\t_\t_\t4:conj\t_
            4\tgo\tgo\tVERB\tVB\t_\t0\troot\t_\t_
            5\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_


            """
        let sentences = try CoNLLU.parse(text)
        #expect(sentences.count == 1)
        let s = try #require(sentences.first)
        #expect(s.forms == ["They", "did", "n't", "go", "."])
        #expect(s.ranges == [CoNLLURange(first: 2, last: 3, form: "didn't", misc: "_")])
        #expect(s.words[3].head == 0 && s.words[0].head == 4)
        let written = CoNLLU.write(sentences)
        #expect(written.contains("2-3\tdidn't\t"))
        #expect(!written.contains("3.1"))
    }

    @Test("a malformed line names the input and the line")
    func malformed() {
        #expect {
            try CoNLLU.parse("1\tword\tonly three fields\n", source: "bad.conllu")
        } throws: { error in
            "\(error)".contains("bad.conllu:1")
        }
    }

    @Test("projectivity and lifting")
    func projectivity() {
        // 0→2 crosses 1→3 (heads are 0-based, -1 is the root).
        let crossing = [2, 3, -1, 2]
        #expect(!DependencyTree.isProjective(heads: crossing))
        let lifted = DependencyTree.projectivized(heads: crossing)
        #expect(DependencyTree.isProjective(heads: lifted))
        #expect(DependencyTree.isProjective(heads: [1, -1, 1]))
    }
}
