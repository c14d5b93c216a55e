import ChronicleReports

/// Marks spans of a text (Unicode scalar offsets) with elements, escaping all of the text.
///
/// Spans may nest (an actor mention inside an event sentence); a span that crosses another
/// one's boundary is dropped rather than producing broken markup. Spans with a tip get
/// `tabindex="0"`, a `title` and a `data-tip` that the stylesheet shows on hover and on focus,
/// so that keyboard users can read the explanation too.
///
/// ```swift
/// Highlighter.mark("Abe met Moon.", [.init(start: 0, end: 3, tag: "mark", classes: "actor",
///                                          tip: "JPN GOV", id: nil)])
/// // <mark class="actor" tabindex="0" title="JPN GOV" data-tip="JPN GOV">Abe</mark> met Moon.
/// ```
enum Highlighter {
    /// One span to mark.
    struct Span: Sendable, Hashable {
        var start: Int
        var end: Int
        var tag: String
        var classes: String
        var tip: String?
        var id: String?
    }

    static func mark(_ text: String, _ spans: [Span]) -> HTML {
        let scalars = Array(text.unicodeScalars)
        let ordered = spans.filter { $0.start >= 0 && $0.end <= scalars.count && $0.start < $0.end }
            .sorted { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
        // Keep the spans that nest properly.
        var kept: [Span] = []
        var stack: [Span] = []
        for span in ordered {
            while let top = stack.last, top.end <= span.start { stack.removeLast() }
            if let top = stack.last, span.end > top.end { continue }
            kept.append(span)
            stack.append(span)
        }
        var out = HTML.empty
        var open: [Span] = []
        var position = 0
        var next = 0
        func emitText(upTo end: Int) {
            guard end > position else { return }
            var s = String.UnicodeScalarView()
            s.append(contentsOf: scalars[position..<end])
            out.append(.text(String(s)))
            position = end
        }
        func close(upTo offset: Int) {
            while let top = open.last, top.end <= offset {
                emitText(upTo: top.end)
                out.append(.trusted("</\(top.tag)>"))
                open.removeLast()
            }
        }
        while next < kept.count {
            let span = kept[next]
            close(upTo: span.start)
            emitText(upTo: span.start)
            out.append(openTag(span))
            open.append(span)
            next += 1
        }
        close(upTo: Int.max)
        emitText(upTo: scalars.count)
        return out
    }

    static func openTag(_ span: Span) -> HTML {
        var attributes: [(String, String?)] = [("class", span.classes), ("id", span.id)]
        if let tip = span.tip {
            attributes += [("tabindex", "0"), ("title", tip), ("data-tip", tip)]
        }
        var markup = "<" + span.tag
        for (key, value) in attributes {
            guard let value else { continue }
            markup += " \(key)=\"\(Escaping.html(value))\""
        }
        return .trusted(markup + ">")
    }
}
