import Testing
@testable import ChronicleCore

@Suite("Tagger: the second pass rescores only the words the first pass is unsure of")
struct TaggerSettlingTests {
    @Test("settled words save work and change almost no tags")
    func settling() throws {
        let tagger = try SyntaxParser.shipped().tagger
        let second = try #require(tagger.second)
        var sentences = try SyntaxTestSupport.clauseCorpus().map(\.forms)
        sentences += try SyntaxTestSupport.trainingSlice(60).map(\.forms)
        var words = 0, settled = 0, same = 0
        for forms in sentences {
            let shapes = forms.map(WordShape.init)
            let lexical = shapes.map { tagger.lexiconFeature($0) }
            let known = shapes.map { tagger.tagDictionary[$0.form].map(Int.init) ?? -1 }
            let (draft, margins) = tagger.decode(shapes, lexical, known, weights: tagger.first, right: nil)
            // Every word rescored by the second pass, as before settling.
            let full = tagger.decode(shapes, lexical, known, weights: second, right: draft).tags
            let fast = tagger.tag(shapes: shapes)
            words += forms.count
            settled += zip(known, margins).filter { $0 < 0 && $1 >= PartOfSpeechTagger.settledMargin }.count
            same += zip(full, fast).filter { $0 == $1 }.count
        }
        #expect(settled * 5 >= words, "at least a fifth of the words skip the second pass")
        #expect(same * 100 >= words * 99, "settling changes at most 1% of the tags")
    }
}
