import Testing
@testable import ChronicleCore

@Suite struct MarkupTokenizerTests {
    private func tokens(_ html: String, mode: MarkupTokenizer.Mode = .html) -> [String] {
        let bytes = Array(html.utf8)
        var tokenizer = MarkupTokenizer(bytes, mode: mode)
        var out: [String] = []
        while let token = tokenizer.next() {
            switch token {
            case .text(let r): out.append("T:" + String(decoding: bytes[r], as: UTF8.self))
            case .rawText(let r): out.append("R:" + String(decoding: bytes[r], as: UTF8.self))
            case .startTag(let tag):
                let attrs = tag.attributes.map { "\($0.name)=\($0.value)" }.joined(separator: ",")
                out.append("<\(tag.name)\(attrs.isEmpty ? "" : " " + attrs)\(tag.selfClosing ? "/" : "")>")
            case .endTag(let name, _): out.append("</\(name)>")
            case .other: out.append("!")
            }
        }
        return out
    }

    @Test func attributesQuotedUnquotedAndBare() {
        #expect(tokens(#"<A HREF=/x class='a b' data-x="1 &amp; 2" hidden>t</a>"#)
                == ["<a href=/x,class=a b,data-x=1 & 2,hidden=>", "T:t", "</a>"])
        #expect(tokens("<br/><img src=a.png />") == ["<br/>", "<img src=a.png/>"])
    }

    @Test func scriptBodyIsRawUpToItsOwnEndTag() {
        #expect(tokens("<script>if (a<b) x = '</div>';</SCRIPT >after")
                == ["<script>", "R:if (a<b) x = '</div>';", "</script>", "T:after"])
        #expect(tokens("<style>p>b{}</style>") == ["<style>", "R:p>b{}", "</style>"])
    }

    @Test func commentsDoctypesAndCDATA() {
        #expect(tokens("<!DOCTYPE html><!-- a <p> b -->x<![CDATA[<raw>]]>y")
                == ["!", "!", "T:x", "R:<raw>", "T:y"])
        #expect(tokens("a<!-- never closed <p>b") == ["T:a", "!"])
    }

    @Test func strayAngleBracketsAreText() {
        #expect(tokens("1 < 2 and 3 <= 4") == ["T:1 ", "T:< 2 and 3 ", "T:<= 4"])
        #expect(tokens("x</ >y") == ["T:x", "!", "T:y"])
    }

    @Test func unterminatedTagAtTheEnd() {
        #expect(tokens("text<div class=\"a") == ["T:text", "<div class=a>"])
    }

    @Test func xmlModeHasNoRawTextElements() {
        #expect(tokens("<title>A &amp; B</title>", mode: .xml) == ["<title>", "T:A &amp; B", "</title>"])
        #expect(tokens("<?xml version=\"1.0\"?><rss/>", mode: .xml) == ["!", "<rss/>"])
    }
}

@Suite struct HTMLEntitiesTests {
    @Test func namedNumericAndHex() {
        #expect(HTMLEntities.decode("Moon&nbsp;Jae-in &amp; Kim &#8211; &#x201C;peace&#x201D;")
                == "Moon\u{A0}Jae-in & Kim \u{2013} \u{201C}peace\u{201D}")
        #expect(HTMLEntities.decode("&eacute;&Eacute;&szlig;&yuml;&euro;&hellip;&trade;&Omega;&sigmaf;")
                == "éÉßÿ€…™Ως")
        #expect(HTMLEntities.decode("&rsquo;&lsquo;&ldquo;&rdquo;&mdash;&ndash;&laquo;&raquo;&apos;")
                == "\u{2019}\u{2018}\u{201C}\u{201D}\u{2014}\u{2013}«»'")
    }

    @Test func tableHasTheHTML4Set() {
        #expect(HTMLEntities.table.count >= 250)
        #expect(HTMLEntities.table["nbsp"] == 160)
        #expect(HTMLEntities.table["yuml"] == 255)
        #expect(HTMLEntities.table["Alpha"] == 913)
        #expect(HTMLEntities.table["omega"] == 969)
        #expect(HTMLEntities.table["diams"] == 9830)
    }

    @Test func oddReferences() {
        #expect(HTMLEntities.decode("&#150;") == "\u{2013}")           // Windows-1252 range
        #expect(HTMLEntities.decode("&#0;&#xD800;&#x110000;") == "\u{FFFD}\u{FFFD}\u{FFFD}")
        #expect(HTMLEntities.decode("AT&T &unknown; & &#;") == "AT&T &unknown; & &#;")
        #expect(HTMLEntities.decode("fish &amp chips") == "fish & chips")   // legacy, no semicolon
        #expect(HTMLEntities.decode("&eacute", xmlOnly: false) == "&eacute")
        #expect(HTMLEntities.decode("&eacute; &amp;", xmlOnly: true) == "&eacute; &")
    }
}
