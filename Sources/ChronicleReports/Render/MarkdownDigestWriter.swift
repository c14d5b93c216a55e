import ChronicleCore
import Foundation

/// Writes a digest as Markdown: the same sections as the HTML page, with tables for the figures.
/// Article text is escaped so that it prints literally.
struct MarkdownDigestWriter {
    let digest: ComposedDigest

    init(_ digest: ComposedDigest) {
        self.digest = digest
    }

    private func m(_ s: String) -> String { Escaping.markdown(s) }

    func write() -> String {
        var out = "# Chronicle digest: \(m(digest.title))\n\n"
        for (k, v) in digest.selectionLines { out += "- **\(m(k)):** \(m(v))\n" }
        out += "\n## Summary\n\n| Direction |"
        for q in QuadClass.allCases { out += " \(q.name.capitalized) |" }
        out += " Total |\n|---|" + String(repeating: "---:|", count: QuadClass.allCases.count + 1) + "\n"
        for d in digest.summary.directions {
            out += "| \(m(d.label)) |"
            for q in QuadClass.allCases { out += " \(d.counts[q] ?? 0) |" }
            out += " \(d.total) |\n"
        }
        for d in digest.summary.directions {
            let sentences = digest.balance[d.id] ?? []
            guard !sentences.isEmpty else { continue }
            out += "\n**\(m(d.label)).** \(m(sentences.joined(separator: " ")))\n"
        }
        out += trend()
        out += chronology()
        out += "\n## Key actors\n\n"
        if digest.summary.keyActors.isEmpty {
            out += "None.\n"
        } else {
            out += "| Actor | Country | Sector | Acts | Targeted |\n|---|---|---|---:|---:|\n"
            for a in digest.summary.keyActors {
                out += "| \(m(a.name)) | \(a.country ?? "–") | \(a.sector ?? "–") | \(a.acts) | \(a.received) |\n"
            }
        }
        return out
    }

    private func trend() -> String {
        let months = digest.summary.months
        var out = "\n## Trend\n\n"
        guard !months.isEmpty else { return out + "No dated events.\n" }
        out += "| Month |"
        for d in digest.summary.directions { out += " \(m(d.label)): events | Goldstein sum | mean |" }
        out += "\n|---|" + String(repeating: "---:|---:|---:|", count: digest.summary.directions.count) + "\n"
        for month in months {
            out += "| \(month) |"
            for d in digest.summary.directions {
                let n = d.monthly[month]?.values.reduce(0, +) ?? 0
                let mean = d.goldsteinMean(month).map { String(format: "%.2f", $0) } ?? "–"
                out += " \(n) | \(String(format: "%.1f", d.goldsteinSum[month] ?? 0)) | \(mean) |"
            }
            out += "\n"
        }
        return out
    }

    private func chronology() -> String {
        var out = "\n## Chronology\n\n"
        guard !digest.data.events.isEmpty else { return out + "No events match this selection.\n" }
        for event in digest.data.events {
            out += "### \(m(event.date ?? "undated")) — \(m(digest.actorLabel(event.source))) → "
            out += "\(m(digest.actorLabel(event.target))): \(m(ComposedDigest.plainActName(event.cameoName)))\n\n"
            var code = "CAMEO \(event.cameo)"
            if let p = event.plover { code += " · PLOVER \(p)" }
            if let q = QuadClass(rawValue: event.quad) { code += " · \(q.name)" }
            code += " · Goldstein \(String(format: "%.1f", event.goldstein))"
            if let mode = ComposedDigest.modeDescription(event.mode) { code += " · **\(mode)**" }
            out += code + "\n\n"
            for report in event.reports {
                out += "> "
                for (text, role) in ComposedDigest.evidencePieces(report) {
                    let t = m(text)
                    switch role {
                    case .source?, .target?: out += "**\(t)**"
                    case .verb?, .date?: out += "*\(t)*"
                    case nil: out += t
                    }
                }
                out += "\n\n— "
                let title = m(report.title ?? report.documentID)
                if let url = Escaping.safeURL(report.url) {
                    out += "[\(title)](<\(url.replacingOccurrences(of: ">", with: "%3E"))>)"
                } else {
                    out += title
                }
                if let outlet = report.outlet { out += ", \(m(outlet))" }
                if let d = report.publicationDate { out += ", \(d)" }
                if !report.reportedBy.isEmpty { out += ", according to \(m(report.reportedBy.joined(separator: ", citing ")))" }
                out += "\n\n"
            }
        }
        return out
    }
}
