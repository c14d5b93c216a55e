extension EventCoder {
    /// A readable dump of the clause frames of every sentence, for diagnosing the coder:
    /// predicates, kinds, voice, modals, subjects, objects and prepositional chunks with their
    /// actors (`[Japan=JPN]`).
    ///
    /// ```swift
    /// print(EventCoder.shipped().frameDump(document))
    /// ```
    public func frameDump(_ document: Document) -> String {
        let sentences = analyzedSentences(document)
        var out = ""
        for s in sentences {
            out += "#\(s.index) \(s.text.replacingOccurrences(of: "\n", with: " "))\n"
            func arg(_ a: FrameArgument?) -> String {
                guard let a else { return "-" }
                let words = s.tokens[a.tokens].map(\.form).joined(separator: " ")
                let names = a.actors.map { "[\(s.actors[$0].text)=\(s.actors[$0].country ?? "?")]" }.joined()
                return "\(a.preposition.map { $0 + ":" } ?? "")\"\(words)\"\(names)"
            }
            for f in sentenceCoder.reader.frames(of: s) {
                var line = "  \(s.tokens[f.predicate].form)/\(f.lemmas.first ?? "?") \(f.kind.rawValue)"
                if f.passive { line += " passive" }
                if f.negated { line += " negated" }
                if !f.modals.isEmpty { line += " modals=\(f.modals.joined(separator: ","))" }
                if let g = f.governor { line += " gov=\(g)" }
                line += " subj=\(arg(f.subject))\(f.subjectInherited ? "(inherited)" : "")\(f.coordinated ? "(coordinated)" : "") obj=\(arg(f.object))"
                for o in f.obliques { line += " " + arg(o) }
                if let a = f.agent { line += " agent=\(arg(a))" }
                out += line + "\n"
            }
        }
        return out
    }
}
