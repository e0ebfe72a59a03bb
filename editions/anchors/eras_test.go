package anchors

import "testing"

// TestEraYears: a year of the Thai Buddhist era is its Gregorian year;
// a Hijri year, which runs over two, is keyed by its era; a year of
// another calendar that the sentence also gives in the Gregorian one is
// no anchor of its own; the Gregorian era's mark changes nothing.
func TestEraYears(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"th", "นายปรีดีเกิดเมื่อ พ.ศ. 2443 ที่อยุธยา", "BE2443"},
		{"th", "จอมพล ป. เกิดเมื่อ พ.ศ. 2440 และเป็นนายกรัฐมนตรีอีกครั้งใน พ.ศ. 2491", "BE2440 1948"},
		{"th", "รัฐธรรมนูญฉบับนี้ประกาศใช้ในปี 2540 และถูกยกเลิกในปี ๒๕๔๙", "1997 2006"},
		// Before 1941 the Thai year began on 1 April: 2475 ran from
		// April 1932 to March 1933.
		{"th", "การปฏิวัติเกิดขึ้นในปี พ.ศ. 2475 โดยคณะราษฎร", "BE2475"},
		{"th", "สงครามสิ้นสุดใน พ.ศ. 2488 (ค.ศ. 1945) และประเทศไทยเข้าร่วมสหประชาชาติ", "1945"},
		// A Thai number of 2400 or more that is no year stays.
		{"th", "มีผู้เข้าร่วม 2500 คน", "2500"},
		{"ar", "توفي سنة 1375 هـ في دمشق", "AH1375"},
		{"ar", "توفي البخاري سنة ٢٥٦ ه. في سمرقند", "AH256"},
		{"ar", "توفي سنة 1375 هـ / 1956 م في دمشق", "1956"},
		{"ar", "ولد سنة 1920 م. في القاهرة", "1920"},
		// هـ glued to its number, and a word that begins with ه after
		// one, which is no mark.
		{"ar", "توفي سنة 1375هـ.", "AH1375"},
		{"ar", "كان عمره 40 هذا العام", "40"},
	} {
		if got := keys(tc.text, tc.lang, Number); got != tc.want {
			t.Errorf("%s %q: numbers %q, want %q", tc.lang, tc.text, got, tc.want)
		}
	}
}

// TestGregorianYears: the Gregorian years a year of each era runs over.
func TestGregorianYears(t *testing.T) {
	for _, tc := range []struct {
		key    string
		lo, hi int
	}{
		{"AH1375", 1955, 1956}, // 1 Muharram 1375: 20 August 1955
		{"AH1", 622, 623},      // 16 July 622 (Julian)
		{"AH256", 869, 870},    // al-Bukhari's death, 870
		{"AH1445", 2023, 2024}, // 1 Muharram 1445: 19 July 2023
		{"AM5708", 1947, 1948},
		{"BE2482", 1939, 1940},
		{"1948", 1948, 1948},
	} {
		if lo, hi := gregorianYears(tc.key); lo != tc.lo || hi != tc.hi {
			t.Errorf("gregorianYears(%q) = %d, %d, want %d, %d", tc.key, lo, hi, tc.lo, tc.hi)
		}
	}
}
