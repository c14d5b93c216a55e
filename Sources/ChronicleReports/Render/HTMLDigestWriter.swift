import ChronicleCore
import Foundation

/// Writes a digest as one self-contained HTML page: inline CSS and SVG, no script, no external
/// resource. The markup is also well-formed XML (every element closed, attributes quoted, only
/// numeric character references), so that it can be checked with an XML parser. Every piece
/// of article text is escaped.
struct HTMLDigestWriter {
    let digest: ComposedDigest

    init(_ digest: ComposedDigest) {
        self.digest = digest
    }

    private func e(_ s: String) -> String { Escaping.html(s) }

    func write() -> String {
        var h = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>"
        h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
        h += "<title>Chronicle digest: \(e(digest.title))</title><style>\(Self.css)</style></head><body>"
        h += header() + summary() + trend() + chronology() + actors()
        h += "<footer><p>Made by Chronicle from the stored events. Counts, charts and balance sentences are computed "
        h += "from the events listed here; CAMEO codes with Goldstein scores, PLOVER types from CAMEO2PLOVER.</p></footer>"
        return h + "</body></html>\n"
    }

    private func header() -> String {
        var h = "<header><p class=\"kicker\">Chronicle digest</p><h1>\(e(digest.title))</h1><dl class=\"meta\">"
        for (k, v) in digest.selectionLines {
            h += "<div><dt>\(e(k))</dt><dd>\(e(v))</dd></div>"
        }
        return h + "</dl></header>"
    }

    private func summary() -> String {
        var h = "<section id=\"summary\"><h2>Summary</h2><div class=\"scroll\"><table class=\"counts\"><thead><tr><th scope=\"col\">Direction</th>"
        for q in QuadClass.allCases { h += "<th scope=\"col\">\(e(q.name.capitalized))</th>" }
        h += "<th scope=\"col\">Total</th></tr></thead><tbody>"
        for d in digest.summary.directions {
            h += "<tr><th scope=\"row\">\(e(d.label))</th>"
            for q in QuadClass.allCases { h += "<td>\(d.counts[q] ?? 0)</td>" }
            h += "<td>\(d.total)</td></tr>"
        }
        h += "</tbody></table></div>"
        for d in digest.summary.directions {
            let sentences = digest.balance[d.id] ?? []
            guard !sentences.isEmpty else { continue }
            h += "<h3>\(e(d.label))</h3><p class=\"balance\">\(e(sentences.joined(separator: " ")))</p>"
        }
        return h + "</section>"
    }

    private func trend() -> String {
        let months = digest.summary.months
        guard !months.isEmpty else { return "<section id=\"trend\"><h2>Trend</h2><p>No dated events.</p></section>" }
        var h = "<section id=\"trend\"><h2>Trend</h2>"
        for d in digest.summary.directions {
            h += "<figure>" + SVGChart.stackedBars(d, months: months, title: "Events per month: \(d.label)") + "</figure>"
        }
        h += "<figure>" + SVGChart.goldsteinLines(digest.summary.directions, months: months,
                                                   title: "Mean Goldstein score per month") + "</figure>"
        h += "<h3>Monthly figures</h3><div class=\"scroll\"><table class=\"monthly\"><thead><tr><th scope=\"col\">Month</th>"
        for d in digest.summary.directions {
            h += "<th scope=\"col\">\(e(d.label)): events</th><th scope=\"col\">Goldstein sum</th><th scope=\"col\">mean</th>"
        }
        h += "</tr></thead><tbody>"
        for m in months {
            h += "<tr><th scope=\"row\">\(e(m))</th>"
            for d in digest.summary.directions {
                let n = d.monthly[m]?.values.reduce(0, +) ?? 0
                let sum = d.goldsteinSum[m] ?? 0
                let mean = d.goldsteinMean(m).map { String(format: "%.2f", $0) } ?? "–"
                h += "<td>\(n)</td><td>\(String(format: "%.1f", sum))</td><td>\(mean)</td>"
            }
            h += "</tr>"
        }
        return h + "</tbody></table></div></section>"
    }

    private func chronology() -> String {
        var h = "<section id=\"chronology\"><h2>Chronology</h2>"
        guard !digest.data.events.isEmpty else { return h + "<p>No events match this selection.</p></section>" }
        h += "<ol class=\"events\">"
        for event in digest.data.events {
            let quad = QuadClass(rawValue: event.quad)
            h += "<li id=\"event-\(e(event.id))\" class=\"event q\(event.quad)\"><p class=\"when\">\(e(event.date ?? "undated"))</p>"
            h += "<h3><span class=\"actor\">\(e(digest.actorLabel(event.source)))</span> → "
            h += "<span class=\"actor\">\(e(digest.actorLabel(event.target)))</span>: \(e(ComposedDigest.plainActName(event.cameoName)))</h3>"
            h += "<p class=\"code\">CAMEO \(e(event.cameo))"
            if let p = event.plover { h += " · PLOVER \(e(p))" }
            if let quad { h += " · \(e(quad.name))" }
            h += " · Goldstein \(String(format: "%.1f", event.goldstein))"
            if let mode = ComposedDigest.modeDescription(event.mode) { h += " · <strong class=\"mode\">\(e(mode))</strong>" }
            h += "</p>"
            for report in event.reports {
                h += "<blockquote>"
                for (text, role) in ComposedDigest.evidencePieces(report) {
                    if let role { h += "<mark class=\"hl-\(role.rawValue)\">\(e(text))</mark>" } else { h += e(text) }
                }
                h += "</blockquote><p class=\"source\">"
                let title = report.title ?? report.documentID
                if let url = Escaping.safeURL(report.url) {
                    h += "<a href=\"\(e(url))\" rel=\"noopener noreferrer\">\(e(title))</a>"
                } else {
                    h += "<cite>\(e(title))</cite>"
                }
                var tail = [String]()
                if let outlet = report.outlet { tail.append(outlet) }
                if let d = report.publicationDate { tail.append(d.description) }
                if !report.reportedBy.isEmpty { tail.append("according to " + report.reportedBy.joined(separator: ", citing ")) }
                if !tail.isEmpty { h += " — " + e(tail.joined(separator: "; ")) }
                h += "</p>"
            }
            h += "</li>"
        }
        return h + "</ol><p class=\"legend\"><mark class=\"hl-source\">source</mark> <mark class=\"hl-verb\">act</mark> "
            + "<mark class=\"hl-target\">target</mark> <mark class=\"hl-date\">date</mark></p></section>"
    }

    private func actors() -> String {
        var h = "<section id=\"actors\"><h2>Key actors</h2>"
        guard !digest.summary.keyActors.isEmpty else { return h + "<p>None.</p></section>" }
        h += "<table><thead><tr><th scope=\"col\">Actor</th><th scope=\"col\">Country</th><th scope=\"col\">Sector</th>"
        h += "<th scope=\"col\">Acts</th><th scope=\"col\">Targeted</th></tr></thead><tbody>"
        for a in digest.summary.keyActors {
            h += "<tr><th scope=\"row\">\(e(a.name))</th><td>\(e(a.country ?? "–"))</td><td>\(e(a.sector ?? "–"))</td>"
            h += "<td>\(a.acts)</td><td>\(a.received)</td></tr>"
        }
        return h + "</tbody></table></section>"
    }

    static let css = """
        :root{color-scheme:light;--ink:#1b1b1b;--muted:#5a5a5a;--rule:#d9d9d9}
        body{font:16px/1.5 Georgia,'Times New Roman',serif;color:var(--ink);max-width:52rem;margin:0 auto;padding:1rem}
        h1,h2,h3,.kicker,table,.meta,.code,.source,figure,.legend{font-family:system-ui,'Helvetica Neue',Arial,sans-serif}
        h1{font-size:1.8rem;margin:.2rem 0 .6rem}h2{border-bottom:2px solid var(--ink);padding-bottom:.2rem;margin-top:2rem}
        h3{font-size:1.05rem;margin:.4rem 0}.kicker{text-transform:uppercase;letter-spacing:.08em;color:var(--muted);margin:0}
        .meta{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.3rem 1rem;font-size:.9rem}
        .meta dt{font-weight:bold;color:var(--muted)}.meta dd{margin:0}
        table{border-collapse:collapse;width:100%;font-size:.9rem}th,td{border-bottom:1px solid var(--rule);padding:.3rem .4rem;text-align:left}
        td{text-align:right}.scroll{overflow-x:auto}.monthly th[scope=row]{white-space:nowrap}figure{margin:1rem 0}svg{max-width:100%;height:auto}
        .events{list-style:none;padding:0}.event{border-left:4px solid var(--rule);padding:.2rem 0 .6rem .8rem;margin:0 0 1rem;break-inside:avoid}
        .event.q1{border-color:#9ecae1}.event.q2{border-color:#2171b5}.event.q3{border-color:#fdae6b}.event.q4{border-color:#d94801}
        .when{font-family:system-ui,sans-serif;font-weight:bold;margin:0}.code,.source{font-size:.85rem;color:var(--muted);margin:.2rem 0}
        blockquote{margin:.4rem 0;padding:.3rem .6rem;background:#f7f7f7}
        mark{padding:0 .1em;border-radius:2px}.hl-source{background:#c6dbef}.hl-target{background:#fdd0a2}
        .hl-verb{background:#e5f5e0;font-weight:bold}.hl-date{background:#efedf5;text-decoration:underline}
        .mode{color:#8c2d04}footer{margin-top:2rem;font-size:.8rem;color:var(--muted)}
        @media (max-width:40rem){body{font-size:15px;padding:.6rem}td,th{padding:.2rem}}
        @media print{@page{size:auto;margin:16mm}body{max-width:none;font-size:10.5pt}
        a{color:inherit}h2{break-after:avoid}figure{break-inside:avoid}}
        """
}
