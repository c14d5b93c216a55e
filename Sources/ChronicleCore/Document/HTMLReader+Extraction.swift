extension HTMLReader {
    /// One walk over a page's tokens that collects paragraphs and metadata.
    struct Extraction {
        let bytes: [UInt8]
        /// Whether page furniture (navigation, share widgets, ...) is left out; the fallback
        /// walk drops only what is never text.
        let strict: Bool
        var metadata = Metadata()

        private struct Open {
            var name: String
            var skips: Bool
            var container: Int?
            var byline = false
        }

        private var stack: [Open] = []
        /// How many elements of each name are open, so that end tags of elements that are not
        /// open cost nothing (and deep, broken pages stay linear).
        private var openCounts: [String: Int] = [:]
        private var skipDepth = 0
        private var containers: [Int] = []
        private var containerSizes: [Int] = []
        private var containerWeights: [Int] = []
        private var paragraphs: [(text: [UInt8], containers: [Int])] = []
        private var paragraph: [UInt8] = []
        private var pendingSpace = false
        private var pendingNewline = false
        private var preDepth = 0
        private var h1Depth = 0
        private var h1Text: [UInt8] = []
        private var inTitle = false
        private var titleText: [UInt8] = []
        private var scriptIsJSONLD = false
        private var scratch: [UInt8] = []
        private var bylineDepth = 0
        private var bylineText: [UInt8] = []

        init(bytes: [UInt8], strict: Bool) {
            self.bytes = bytes
            self.strict = strict
        }

        mutating func run() {
            var tokenizer = MarkupTokenizer(bytes, mode: .html)
            while let token = tokenizer.next() {
                switch token {
                case .text(let range):
                    text(range)
                case .rawText(let range):
                    if scriptIsJSONLD {
                        metadata.readJSONLD(bytes[range])
                    } else if stack.last?.name != "script" && stack.last?.name != "style" {
                        text(range, literal: true)
                    }
                case .startTag(let tag):
                    start(tag)
                case .endTag(let name, _):
                    end(name)
                case .other:
                    break
                }
            }
            flush()
            if metadata.h1 == nil, !h1Text.isEmpty { metadata.h1 = Self.clean(h1Text) }
        }

        /// The paragraphs of the best story container (or of the whole page), blank-line separated.
        func mainText() -> String {
            var chosen: Int?
            var bestScore = 0
            for (id, size) in containerSizes.enumerated() where size > 0 {
                let score = size * (1 + containerWeights[id])
                if score > bestScore { bestScore = score; chosen = id }
            }
            let total = paragraphs.reduce(0) { $0 + $1.text.count }
            if let id = chosen, containerSizes[id] < 200, containerSizes[id] * 3 < total { chosen = nil }
            var out: [UInt8] = []
            out.reserveCapacity(total + paragraphs.count * 2)
            for p in paragraphs where chosen == nil || p.containers.contains(chosen!) {
                if !out.isEmpty { out.append(0x0A); out.append(0x0A) }
                out.append(contentsOf: p.text)
            }
            return String(decoding: out, as: UTF8.self)
        }

        // MARK: - Tokens

        private mutating func start(_ tag: MarkupTokenizer.Tag) {
            let name = tag.name
            switch name {
            case "meta": metadata.readMeta(tag); return
            case "link": metadata.readLink(tag); return
            case "time":
                if let value = tag.attribute("datetime"), let day = DateTextParser.firstDay(in: value) {
                    let published = tag.attribute("pubdate") != nil
                        || tag.attribute("itemprop")?.lowercased() == "datepublished"
                    metadata.offer(date: day, priority: published ? 2 : 4)
                }
            case "title": inTitle = true
            case "h1": h1Depth += 1
            case "span", "div", "p", "abbr", "data":
                if tag.attribute("itemprop")?.lowercased() == "datepublished",
                   let value = tag.attribute("content") ?? tag.attribute("datetime") ?? tag.attribute("value"),
                   let day = DateTextParser.firstDay(in: value) {
                    metadata.offer(date: day, priority: 2)
                }
            case "script":
                scriptIsJSONLD = (tag.attribute("type") ?? "").lowercased().contains("ld+json")
            default: break
            }
            // Pages that never close <head>: body content closes it.
            let kind = HTMLReader.elementKinds[name] ?? []
            if openCounts["head", default: 0] > 0, !kind.contains(.head),
               let head = stack.lastIndex(where: { $0.name == "head" }) {
                while stack.count > head { pop() }
            }
            if name == "br" {
                if skipDepth == 0, !paragraph.isEmpty { pendingNewline = true }
                return
            }
            if name == "td" || name == "th" {
                if !paragraph.isEmpty { pendingSpace = true }
            }
            if kind.contains(.block) {
                flush()
                // An open <p> ends where another block begins; an <li> where the next <li> begins.
                if let top = stack.last?.name, top == "p" || (top == name && (name == "li" || name == "dt" || name == "dd")) {
                    pop()
                }
            }
            if kind.contains(.void) || tag.selfClosing { return }
            let traits = HTMLReader.traits(tag)
            let skips = kind.contains(.skipped) || (strict && (kind.contains(.furniture) || traits.furniture))
            var container: Int?
            if let weight = traits.container {
                container = containerSizes.count
                containerSizes.append(0)
                containerWeights.append(weight)
                containers.append(container!)
            }
            if skips { skipDepth += 1 }
            if name == "pre" { preDepth += 1 }
            let byline = bylineText.isEmpty && traits.byline
            if byline { bylineDepth += 1 }
            stack.append(Open(name: name, skips: skips, container: container, byline: byline))
            openCounts[name, default: 0] += 1
        }

        private mutating func end(_ name: String) {
            switch name {
            case "title": inTitle = false
            case "h1":
                if h1Depth > 0 { h1Depth -= 1 }
                if h1Depth == 0, metadata.h1 == nil, !h1Text.isEmpty { metadata.h1 = Self.clean(h1Text) }
            case "script": scriptIsJSONLD = false
            case "br":
                if skipDepth == 0, !paragraph.isEmpty { pendingNewline = true }
                return
            default: break
            }
            guard openCounts[name, default: 0] > 0, let index = stack.lastIndex(where: { $0.name == name }) else { return }
            let block = HTMLReader.elementKinds[name]?.contains(.block) ?? false
            if block { flush() }
            while stack.count > index { pop() }
            if block { flush() }
        }

        private mutating func pop() {
            guard let open = stack.popLast() else { return }
            openCounts[open.name, default: 1] -= 1
            if open.skips { skipDepth -= 1 }
            if open.container != nil { containers.removeLast() }
            if open.name == "pre" { preDepth -= 1 }
            if open.byline {
                bylineDepth -= 1
                if bylineDepth == 0, metadata.bylineAuthor == nil, let text = Self.clean(bylineText) {
                    metadata.bylineAuthor = PlainTextHeader.Byline(Self.droppingBy(text)).name
                }
            }
        }

        /// "By Jane Doe" → "Jane Doe".
        static func droppingBy(_ text: String) -> Substring {
            let lower = text.lowercased()
            if lower.hasPrefix("by ") || lower.hasPrefix("by:") { return text.dropFirst(3) }
            return Substring(text)
        }

        private mutating func text(_ range: Range<Int>, literal: Bool = false) {
            // Hidden text is decoded only when the title, the first <h1> or the byline needs it.
            let captures = inTitle || (h1Depth > 0 && metadata.h1 == nil)
                || (bylineDepth > 0 && metadata.bylineAuthor == nil)
            guard skipDepth == 0 || captures else { return }
            scratch.removeAll(keepingCapacity: true)
            if literal {
                scratch.append(contentsOf: bytes[range])
            } else {
                HTMLEntities.append(bytes[range], to: &scratch, xmlOnly: false)
            }
            if inTitle { titleText.append(contentsOf: scratch); return }
            if h1Depth > 0, metadata.h1 == nil { h1Text.append(contentsOf: scratch); h1Text.append(0x20) }
            if bylineDepth > 0, metadata.bylineAuthor == nil { bylineText.append(contentsOf: scratch); bylineText.append(0x20) }
            guard skipDepth == 0 else { return }
            // Work on locals: one uniqueness check per run of text, not per byte.
            var out: [UInt8] = []
            swap(&out, &paragraph)
            var space = pendingSpace, newline = pendingNewline
            let pre = preDepth > 0
            scratch.withUnsafeBufferPointer { run in
                for b in run {
                    if !pre, ReaderBytes.isSpace(b) {
                        if !out.isEmpty { space = true }
                        continue
                    }
                    if pre, b == 0x0A { newline = false; space = false; out.append(b); continue }
                    if newline { out.append(0x0A) } else if space { out.append(0x20) }
                    newline = false
                    space = false
                    out.append(b)
                }
            }
            swap(&out, &paragraph)
            pendingSpace = space
            pendingNewline = newline
        }

        private mutating func flush() {
            if metadata.titleTag == nil, !titleText.isEmpty { metadata.titleTag = Self.clean(titleText) }
            pendingSpace = false
            pendingNewline = false
            while let last = paragraph.last, ReaderBytes.isSpace(last) { paragraph.removeLast() }
            guard !paragraph.isEmpty else { return }
            for id in containers { containerSizes[id] += paragraph.count }
            paragraphs.append((paragraph, containers))
            paragraph.removeAll(keepingCapacity: true)
        }

        /// Collapses white space and trims.
        static func clean(_ bytes: [UInt8]) -> String? {
            var out: [UInt8] = []
            var space = false
            for b in bytes {
                if ReaderBytes.isSpace(b) { space = !out.isEmpty; continue }
                if space { out.append(0x20); space = false }
                out.append(b)
            }
            return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
        }
    }
}
