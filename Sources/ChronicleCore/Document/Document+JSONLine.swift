extension Document {
    /// The document as one line of JSON (no final newline), keys in a fixed order:
    /// `id`, `date`, `title`, `author`, `source`, `url`, `origin` (`path`, `line`), `text`.
    ///
    /// What `chronicle read` prints; the JSON Lines reader reads it back (it ignores `origin`).
    ///
    /// ```swift
    /// Document(id: "a", text: "Hi.").jsonLine
    /// // {"id":"a","date":null,"title":null,"author":null,"source":null,"url":null,"origin":{"path":null,"line":null},"text":"Hi."}
    /// ```
    public var jsonLine: String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 200)
        func key(_ name: String) {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            JSONText.appendString(name, to: &out)
            out.append(UInt8(ascii: ":"))
        }
        func value(_ string: String?) {
            if let string { JSONText.appendString(string, to: &out) } else { out.append(contentsOf: Array("null".utf8)) }
        }
        out.append(UInt8(ascii: "{"))
        key("id"); value(id)
        key("date"); value(publicationDate?.description)
        key("title"); value(title)
        key("author"); value(author)
        key("source"); value(source)
        key("url"); value(url)
        key("origin")
        out.append(contentsOf: Array("{\"path\":".utf8))
        value(origin.path)
        out.append(contentsOf: Array(",\"line\":".utf8))
        out.append(contentsOf: Array((origin.line.map(String.init) ?? "null").utf8))
        out.append(UInt8(ascii: "}"))
        key("text"); value(text)
        out.append(UInt8(ascii: "}"))
        return String(decoding: out, as: UTF8.self)
    }
}

/// Writes JSON string literals from bytes (the readers' output side).
public enum JSONText {
    /// Appends `string` as a quoted JSON string: `"`, `\` and control characters escaped,
    /// everything else (including non-ASCII) as UTF-8.
    ///
    /// ```swift
    /// var out: [UInt8] = []
    /// JSONText.appendString("say \"hi\"\n", to: &out)   // "say \"hi\"\n" with escapes
    /// ```
    public static func appendString(_ string: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        for b in string.utf8 {
            switch b {
            case UInt8(ascii: "\""): out.append(0x5C); out.append(b)
            case UInt8(ascii: "\\"): out.append(0x5C); out.append(b)
            case 0x0A: out.append(0x5C); out.append(UInt8(ascii: "n"))
            case 0x0D: out.append(0x5C); out.append(UInt8(ascii: "r"))
            case 0x09: out.append(0x5C); out.append(UInt8(ascii: "t"))
            case 0..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(b >> 4)], hex[Int(b & 0xF)]])
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// `string` as a quoted JSON string.
    public static func quoted(_ string: String) -> String {
        var out: [UInt8] = []
        appendString(string, to: &out)
        return String(decoding: out, as: UTF8.self)
    }
}
