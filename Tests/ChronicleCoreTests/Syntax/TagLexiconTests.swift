import Foundation
import Testing
@testable import ChronicleCore

/// The outside tag lexicon (`Resources/syntax/tag-lexicon.tsv`) and its examples file.
@Suite("Tag lexicon")
struct TagLexiconTests {
    /// One line of `tag-lexicon-examples.tsv`, split into its fields after the kind.
    struct Example: CustomStringConvertible, Sendable {
        var kind: String
        var fields: [String]
        var description: String { ([kind] + fields).joined(separator: " | ") }
    }

    static func examples(_ kind: String) throws -> [Example] {
        let text = try String(contentsOf: try SyntaxResources.url("tag-lexicon-examples", "tsv"), encoding: .utf8)
        return text.split(separator: "\n").compactMap { line in
            if line.hasPrefix("#") { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return f[0] == kind ? Example(kind: f[0], fields: Array(f.dropFirst())) : nil
        }
    }

    @Test("listed examples give exactly their tags")
    func listed() throws {
        let lexicon = try TagLexicon.shipped()
        #expect(lexicon.count > 100_000)
        let all = try Self.examples("listed")
        #expect(all.count >= 15)
        for e in all {
            let row = try #require(lexicon.tags(of: e.fields[0]), "\(e)")
            #expect(row.specialist == (e.fields[1] == "-" ? [] : e.fields[1].split(separator: ",").map(String.init)), "\(e)")
            #expect(row.brill == (e.fields[2] == "-" ? nil : e.fields[2]), "\(e)")
        }
    }

    @Test("unlisted examples are not in the lexicon")
    func unlisted() throws {
        let lexicon = try TagLexicon.shipped()
        let all = try Self.examples("unlisted")
        #expect(all.count >= 5)
        for e in all { #expect(lexicon.tags(of: e.fields[0]) == nil, "\(e)") }
    }

    @Test("the shipped tagger tags words unknown to the treebank right")
    func tagged() throws {
        let tagger = try SyntaxParser.shipped().tagger
        let all = try Self.examples("tagged")
        #expect(all.count >= 8)
        for e in all {
            let words = e.fields[2].split(separator: " ").map(String.init)
            let at = try #require(words.firstIndex(of: e.fields[0]), "\(e)")
            #expect(tagger.upos[tagger.tag(words)[at]] == e.fields[1], "\(e)")
        }
    }

    @Test("the shipped tagger carries the shipped lexicon's table")
    func carried() throws {
        let tagger = try SyntaxParser.shipped().tagger
        #expect(tagger.outside == (try TagLexicon.shipped()).entries)
    }

    @Test("sentence-initial capitals fall back to the lowercase row; unlisted words get the unlisted code")
    func lookup() throws {
        let table = try TagLexicon.shipped().entries
        let lower = PartOfSpeechTagger.listed(WordShape("shelled"), in: table)
        #expect(lower != PartOfSpeechTagger.unlisted)
        #expect(PartOfSpeechTagger.listed(WordShape("Shelled"), in: table) == lower | 1 << 32)
        #expect(PartOfSpeechTagger.listed(WordShape("blorfed"), in: table) == PartOfSpeechTagger.unlisted)
        #expect(PartOfSpeechTagger.listed(WordShape("shelled"), in: [:]) == PartOfSpeechTagger.noLexicon)
    }

    @Test("a malformed line names the file and line")
    func malformed() throws {
        let bytes = Array("# header\nshelled\tVBD,VBN\tVBD\nbroken line\n".utf8)
        #expect(throws: SyntaxError.self) { try TagLexicon(parsing: bytes, source: "bad.tsv") }
        let good = try TagLexicon(parsing: Array("shelled\tVBD,VBN\tVBD\nemir\tNN\t-\n".utf8), source: "good.tsv")
        #expect(good.count == 2 && good.tags(of: "emir")?.brill == nil && good.tags(of: "emir")?.specialist == ["NN"])
    }
}
