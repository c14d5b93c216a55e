extension PlainTextHeader {
    /// A byline split into the person and the publication:
    /// `Hana Kimura, Peninsula Monitor`, `Michael Brandt | Peninsula Monitor`,
    /// `Tom Aldridge, Peninsula Monitor — Singapore`, `Kim Min-ji, Staff Reporter` (no publication).
    struct Byline: Equatable {
        var name: String?
        var source: String?

        /// Splits the text after `By` or `Author:`.
        init(_ text: some StringProtocol) {
            let parts = PlainTextHeader.segments(text)
            name = parts.first.flatMap { PlainTextHeader.name($0) }
            source = parts.dropFirst().lazy.compactMap { PlainTextHeader.sourceName($0) }.first
        }
    }

    /// Words that name a role or a section, not a publication.
    static let roleWords: Set<String> = [
        "staff", "reporter", "reporters", "correspondent", "correspondents", "writer", "writers",
        "editor", "editors", "contributor", "columnist", "bureau", "desk", "analyst", "analysis",
        "opinion", "photo", "photos", "updated", "published", "special",
    ]

    /// Splits at `,`, `|`, `/`, and dashes between spaces.
    static func segments(_ text: some StringProtocol) -> [String] {
        var parts: [String] = []
        var current = ""
        let scalars = Array(String(text).unicodeScalars)
        var i = 0
        while i < scalars.count {
            let c = scalars[i]
            let spacedDash = (c == "-" || c == "\u{2013}" || c == "\u{2014}")
                && (i == 0 || scalars[i - 1] == " ") && (i + 1 == scalars.count || scalars[i + 1] == " ")
            if c == "," || c == "|" || c == "/" || c == "\u{2014}" || c == "\u{B7}" || c == "\u{2022}" || spacedDash {
                parts.append(current)
                current = ""
            } else {
                current.unicodeScalars.append(c)
            }
            i += 1
        }
        parts.append(current)
        return parts.map { ReaderText.trim($0) }.filter { !$0.isEmpty }
    }

    /// Publication words, genre labels, site sections, the labels that open a body and the names
    /// of briefings, from `Resources/documents/header-words.tsv`.
    static let headerWords: (publication: Set<String>, genre: Set<String>, sectionWords: Set<String>, bodyLabels: Set<String>,
                             briefings: Set<String>) = {
        var publication: Set<String> = [], genre: Set<String> = [], sectionWords: Set<String> = [], bodyLabels: Set<String> = []
        var briefings: Set<String> = []
        for line in ResourceFile.lines("header-words", extension: "tsv", subdirectory: "documents") {
            let cells = line.split(separator: "\t", maxSplits: 1).map { ReaderText.trim($0).lowercased() }
            guard cells.count == 2 else { continue }
            switch cells[0] {
            case "publication": publication.insert(cells[1])
            case "genre": genre.insert(cells[1])
            case "section-word": sectionWords.insert(cells[1])
            case "body-label": bodyLabels.insert(cells[1])
            case "briefing": briefings.insert(cells[1])
            default: continue
            }
        }
        return (publication, genre, sectionWords, bodyLabels, briefings)
    }()

    /// Whether a whole line is a label with a colon that opens the body or a list of its
    /// contents (`INDEX:`, `TRANSCRIPT:`): the header ends before it, and no line after it is
    /// a side line naming the publication ("Taiwan Arms Sales Review" in a briefing's index).
    static func isBodyLabel(_ line: [UInt8]) -> Bool {
        guard line.count <= 24, line.last == UInt8(ascii: ":") else { return false }
        var text = String(decoding: line.map(ReaderBytes.lower), as: UTF8.self)
        while let last = text.last, last == ":" || last == " " { text.removeLast() }
        return headerWords.bodyLabels.contains(text)
    }

    /// Whether lowercased `text` names a site's section: words of sections alone, perhaps
    /// joined by "&" or "and" (`press center`, `policy & news`, `speeches and remarks`).
    static func isSectionName(_ text: String) -> Bool {
        let words = text.split(separator: " ")
        return words.contains { headerWords.sectionWords.contains(String($0)) }
            && words.allSatisfy { $0 == "&" || $0 == "and" || headerWords.sectionWords.contains(String($0)) }
    }

    /// Whether a whole line is a genre label (`Press Statement`, `READOUT`) or the name of a
    /// site's section (`Press Center`, `PRESS RELEASES`).
    static func isGenreLabel(_ line: [UInt8]) -> Bool {
        guard line.count <= 40 else { return false }
        var text = String(decoding: line.map(ReaderBytes.lower), as: UTF8.self)
        while let last = text.last, last == ":" || last == "." || last == " " { text.removeLast() }
        return headerWords.genre.contains(text) || isSectionName(text)
    }

    /// ``sourceName(_:)`` for a segment that no byline announces: it must hold a publication
    /// word (`Harbor Times`, `East Asia Wire`; not `Stockholm`, not `Heather Nauert`).
    static func publicationName(_ segment: String) -> String? {
        guard let name = sourceName(segment), !segment.hasSuffix(":"), !isSectionName(name.lowercased()),
              !headerWords.briefings.contains(name.lowercased()),
              name.split(separator: " ").contains(where: { headerWords.publication.contains($0.lowercased()) })
        else { return nil }
        return name
    }

    /// The segment as a publication name: one to five capitalized words, no digits, no role word
    /// (a final "staff" is dropped: `Peninsula Monitor staff`).
    static func sourceName(_ segment: String) -> String? {
        let bytes = Array(segment.utf8)
        guard let first = bytes.first, ReaderBytes.isUpper(first) || first >= 0xC0 || first == UInt8(ascii: "&"),
              !bytes.contains(where: ReaderBytes.isDigit) else { return nil }
        var words = segment.split(separator: " ")
        if let last = words.last, last.lowercased() == "staff", words.count > 1 { words.removeLast() }
        guard (1...5).contains(words.count) else { return nil }
        for word in words {
            guard let first = word.unicodeScalars.first,
                  first.properties.isUppercase || first == "&" else { return nil }
            if roleWords.contains(word.lowercased()) { return nil }
        }
        return words.joined(separator: " ")
    }

    /// A short header line that is neither title nor body: `Peninsula Monitor`, `Korea Desk,
    /// North Pacific Review`, `East Asia Wire, June 2017`. Yields a publication and a year hint.
    static func sideLine(_ line: [UInt8]) -> (source: String?, year: Int?)? {
        guard line.count <= 80 else { return nil }
        let text = String(decoding: line, as: UTF8.self)
        guard let last = text.last, last != ".", text.split(separator: " ").count <= 10 else { return nil }
        let source = segments(text).lazy.compactMap(publicationName).first
        var year: Int?
        for token in DateTextParser.tokenize(line) where token.kind == .number && token.digits == 4 {
            if (1900...2100).contains(token.value) { year = token.value; break }
        }
        return (source, year)
    }
}
