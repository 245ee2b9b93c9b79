"""The Indonesian rules of the risk checker (see `handoff.risk.rules` for their form)."""

from __future__ import annotations

from typing import Any

from handoff.risk.rules import TERMINATION, r, s

# Things, not people, a client may call poor ("pemasok catnya payah"), up to three words before.
_THINGS = (
    r"(?:pemasok|supplier|program|aplikasi|vendor|toko|mesin|alat|sistem|catnya|cat|semen"
    r"|bahan|produk|layanan|jaringan|sinyal|kurir|ekspedisi)\w*(?: \w+){0,3}"
)

RULES: list[dict[str, Any]] = [
    # alasan keluar
    r("reason", r"dipecat\w*|pecat|memecat\w*|pemecatan\w*|dipecatnya|kena pecat"),
    r("reason", r"phk|di-phk|kena phk|pemutusan hubungan kerja"),
    r("reason", r"diberhentikan\w*|memberhentikan\w*|pemberhentian\w*"),
    r("reason", r"mengundurkan diri|pengunduran diri|resign\w*"),
    r(
        "reason",
        r"berhenti (?:bekerja|kerja)",
        not_before=r"(?:kami|kita|tukang)",
        not_after=r"(?:pukul|jam|sebentar|sementara)",
    ),
    r("reason", r"dikeluarkan dari (?:perusahaan|pekerjaan|kantor|tim)|didepak\w*"),
    r("reason", r"dirumahkan|pensiun dini|dikeluarkan karena"),
    r("reason", r"pengurangan (?:karyawan|pegawai|tenaga kerja)|rasionalisasi karyawan"),
    r(
        "reason",
        r"mengeluarkannya|mengeluarkan (?:dia|dirinya|karyawan|pegawai) dari|hengkang"
        r"|meninggalkan pekerjaan\w*|kabur dari (?:pekerjaan|proyek)|keluar dari pekerjaan\w*"
        r"|(?:keluar|berhenti) karena",
    ),
    # tuduhan
    r("accusation", r"mencuri\w*|dicuri\w*|curi|maling|pencuri"),
    # A theft of goods from a store is a crime by persons unknown, not an accusation.
    r(
        "accusation",
        r"pencurian\w*",
        not_after=r"(?:stok|barang|material|bahan|alat|solar|(?:di|dari) (?:gudang|lokasi|proyek))",
    ),
    r("accusation", r"penipuan\w*|menipu\w*|ditipu\w*|penggelapan\w*|menggelapkan\w*|korupsi\w*"),
    r(
        "accusation",
        r"polisi",
        not_before=r"(?:kantor|pos)",
        not_after=r"lalu lintas|(?:menutup|mengalihkan|mengatur) (?:jalan|arus|lalu lintas)",
    ),
    r("accusation", r"ditangkap\w*|kriminal\w*|kejahatan\w*|tindak pidana|dipenjara"),
    r("accusation", r"suap\w*|menyuap\w*|disuap\w*|sogok\w*|disogok|komisi gelap|pungli"),
    r("accusation", r"pelecehan\w*|mabuk\w*|narkoba\w*|sabotase|berbohong|bohong"),
    r("accusation", r"melanggar (?:aturan|hukum|peraturan)|pelanggaran berat"),
    r("accusation", r"mengantongi\w*|memalsu\w*|dipalsukan|pemalsuan|nota palsu|kuitansi palsu"),
    # kinerja
    r(
        "performance",
        r"kinerja(?:nya)?",
        not_before=r"(?:mesin|boiler|pompa|sistem|alat)",
        not_after=r"(?:mesin|boiler|pompa|sistem|alat|pemanas|produk|keramik)",
    ),
    r("performance", r"tidak kompeten|tidak becus|sering terlambat|selalu terlambat"),
    r("performance", r"lalai|kelalaian\w*|bolos|membolos|mangkir|tidak masuk kerja"),
    r(
        "performance",
        r"banyak (?:melakukan )?kesalahan|keluhan (?:tentang|terhadap) (?:dia|dirinya)",
    ),
    r("performance", r"tidak datang ke lokasi|tidak memenuhi target|hasil kerjanya"),
    # kesehatan
    r(
        "health",
        r"sakit\w*|penyakit\w*",
        # a hospital ("rumah sakit"); someone else's firm's worker ("operator crane sakit")
        not_before=r"rumah|(?:operator|sopir|kurir|tukang (?:dari|milik))\w*(?: [\w']+){0,3}",
    ),
    r("health", r"(?:dirawat|masuk|opname) (?:di )?rumah sakit|cuti sakit|dioperasi"),
    r("health", r"menjalani operasi|depresi|kanker|stroke|serangan jantung|gangguan jiwa"),
    r("health", r"masalah (?:dengan )?(?:alkohol|minuman keras|narkoba)|kecanduan alkohol"),
    r("health", r"kesehatan jiwa\w*|masalah kesehatan|kondisi kesehatan\w*"),
    r("health", r"kesehatan mental|kecanduan|stres berat|kelelahan|cedera|cacat|disabilitas"),
    # kehamilan, keluarga, kehidupan pribadi
    r("family", r"hamil|kehamilan\w*|cuti (?:melahirkan|hamil)|melahirkan|bayi\w*|persalinan"),
    r("family", r"bercerai|perceraian\w*|cerai|menikah|pernikahan\w*|nikah|pemakaman|meninggal"),
    r("family", r"(?:istri|suami|anak|keluarga|orang tua|ibu|ayah|pacar)nya"),
    r("family", r"mengandung|anak kembar|berpacaran|pacaran|selingkuh\w*|perselingkuhan"),
    r(
        "family",
        r"(?:urusan|alasan|masalah) (?:keluarga|pribadi)|keperluan keluarga|kedukaan",
    ),
    # proses hukum
    r(
        "legal",
        r"gugatan\w*|menggugat\w*|digugat\w*|pengadilan\w*|tuntutan hukum"
        r"|dituntut (?:ke|di|secara|oleh|atas|karena)",
    ),
    r("legal", r"jalur hukum|proses hukum|masalah hukum|kasus hukum|ranah hukum|somasi"),
    r("legal", r"pencemaran nama baik|fitnah\w*|pengacaranya|lapor\w* ke polisi"),
    r("legal", r"pengacara\w* (?:kami |perusahaan )?(?:sudah |sedang )?menangani"),
    # spekulasi
    r("speculation", r"gosip\w*|kabar burung|kabarnya|katanya|konon|desas-desus|rumor\w*"),
    r("speculation", r"saya dengar|antara kita|jangan bilang siapa-siapa|off the record"),
    r("speculation", r"(?:mungkin|sepertinya|kayaknya|barangkali|pasti) karena"),
    r("speculation", r"seperti yang (?:anda|bapak|ibu) duga|(?:anda|bapak|ibu) benar"),
    r("speculation", r"tidak mengherankan|tidak heran|sudah bisa ditebak"),
    # merendahkan
    r("disparagement", r"menjelek\w*|menjelekkan|menjatuhkan nama|menjelek-jelekkan"),
    r("disparagement", r"malas|pemalas|bodoh|tidak bisa dipercaya|tidak jujur|pembohong"),
    r("disparagement", r"tidak profesional|tidak berguna|bermasalah"),
    r(
        "disparagement",
        r"payah",
        not_before=_THINGS,
    ),
    r("disparagement", r"tidak bertanggung jawab", not_after=r"(?:kepada|atas|terhadap)"),
    r("disparagement", r"(?:lebih baik|untung) (?:dia|mereka) (?:sudah )?(?:pergi|keluar)"),
    r(
        "disparagement",
        r"tidak ada yang (?:akan )?merindukan\w*|(?:dia|orangnya) (?:benar-benar |memang |sangat )?"
        r"(?:kacau|payah|berantakan|menyebalkan)",
    ),
    # data kepegawaian rahasia
    r("confidential", r"gaji\w*|pesangon\w*|surat peringatan|sp\s*[123]|sanksi\w*"),
    r("confidential", r"tindakan disipliner|disipliner|masa percobaan|penilaian kinerja"),
    r("confidential", r"kontrak kerja(?:nya)?|uang pisah|bonus(?:nya)"),
    # pelunak palsu (hanya untuk pemutusan)
    r(
        "false_softener",
        r"peluang baru|tantangan baru|kesempatan baru|memutuskan untuk (?:pindah|keluar|berhenti"
        r"|pergi|mencari)|atas keinginan sendiri|kesepakatan bersama|secara baik-baik"
        r"|berpisah dengan baik|lebih banyak waktu (?:dengan|untuk) keluarga|jalan baru"
        r"|babak baru|petualangan baru|memilih untuk (?:pindah|keluar|berhenti|pergi|menempuh"
        r"|mengejar)|mengejar (?:karier|karir|impian|mimpi)",
        kinds=TERMINATION,
    ),
    # diperluas setelah pengukuran buta kedua
    r(
        "reason",
        r"disuruh (?:tidak kembali|keluar|pergi|berhenti|angkat kaki)|angkat kaki|diusir"
        r"|dipaksa (?:keluar|berhenti|mundur)|diminta (?:keluar|mundur|berhenti|mengundurkan)"
        r"|diputus kontrak\w*|kontraknya (?:diputus|tidak diperpanjang|dihentikan)"
        r"|kehilangan pekerjaan\w*",
    ),
    r(
        "accusation",
        r"dituduh|menuduh\w*|tuduhan\w*|menggelembungkan|membawa pulang (?:peralatan|barang"
        r"|material|alat)|menilap|rekaman cctv|terekam cctv|kamera merekam (?:dia|dirinya)",
    ),
    r(
        "performance",
        r"tidak pernah (?:menyelesaikan|selesai|tepat waktu|datang)|selalu molor|molor terus"
        r"|kerjanya (?:lambat|jelek|asal-asalan)|asal-asalan",
    ),
    r(
        "disparagement",
        r"terburuk|tidak tahan (?:lagi )?dengan(?:nya)?|menjengkelkan|kurang ajar|sombong"
        r"|tidak sopan|goblok|tolol",
    ),
    r(
        "speculation",
        r"kabar yang beredar|beredar kabar|isunya|dengar-dengar|kabar angin"
        r"|(?:pindah|bergabung) (?:ke|dengan) (?:perusahaan )?pesaing",
    ),
    r(
        "health",
        r"keguguran|kemoterapi|kemo|radioterapi|kecelakaan|patah (?:kaki|tangan|tulang)"
        r"|rawat inap|psikiater|psikolog",
    ),
    r(
        "family",
        r"pindah (?:rumah|kota|ke luar kota|ke luar negeri)|ikut (?:suami|istri)(?:nya)?"
        r"|(?:mengurus|merawat) (?:anak|orang tua|ibu|ayah)\w*",
    ),
    r(
        "legal",
        r"kuasa hukum\w*|sengketa\w*|bersengketa|perkara\w*|disnaker|dinas tenaga kerja"
        r"|hubungan industrial",
    ),
    r(
        "confidential",
        r"penghasilan\w*|pendapatannya|sidang disiplin|pemeriksaan internal|evaluasi kinerja"
        r"|catatan (?:kepegawaian|disiplin)",
    ),
    r(
        "false_softener",
        r"lembaran baru|awal baru|memulai (?:dari awal|lembaran|babak|karier|karir)"
        r"|di tempat lain|sudah waktunya|saatnya (?:pindah|mencari|keluar)"
        r"|kesempatan (?:lain|yang lebih baik)|tawaran yang lebih baik",
        kinds=TERMINATION,
    ),
    # Aturan pada kata dasar (Sastrawi): satu bentuk mencakup semua imbuhannya ("pecat" —
    # dipecat, memecat, pemecatan, dipecatnya).
    s(
        "reason",
        "berpisah dengan dia karena"
        "|disuruh membereskan meja/mejanya|disuruh angkat kaki|angkat kaki|ditendang"
        "|masa pemberitahuan|tidak diperpanjang kontraknya|kontraknya tidak diperpanjang"
        "|keluar karena|berhenti karena|diminta mundur|disuruh mundur|dipaksa mundur",
    ),
    s(
        "speculation",
        "bukan atas kemauan/keinginan sendiri|tidak keluar atas kemauan/keinginan"
        "|tahu sendiri apa yang|tidak ada yang sedih|hal yang terbongkar|hal ketahuan"
        "|beberapa hal ketahuan"
        "|makin sedikit dibahas|paham maksud saya|paham lah maksudnya|paham maksudnya"
        "|ceritanya lebih panjang|coba ibu/bapak pikir|kenapa orang meninggalkan|ada insiden"
        "|punya alasan untuk berpisah|bisa menebak|simpulkan sendiri"
        "|ada beberapa kejanggalan|kejanggalan|tidak akan bilang lebih|tidak semuanya bersih"
        "|berakhir mendadak|bukan tanpa sebab|bukan tanpa alasan|tidak pergi begitu saja"
        "|kecurigaan ... terbukti|curigai ternyata benar|kekhawatiran ... beralasan"
        "|membenarkan apa yang|jadi pemicu|itulah alasannya|klien lain juga bilang"
        "|tidak akan menyangkal|feeling ... bener/benar|benar untuk tidak percaya"
        "|dugaan ... tepat|dugaan ... benar|insting ... tidak meleset|wajar ... curiga"
        "|tidak salah khawatir|tidak salah curiga|sudah merasakannya|firasat ... benar",
    ),
    r("reason", r"kontraknya (?:kami |sudah )?(?:putus|diputus)|memutus kontraknya"),
    # "pengacara" stems to "acara" (an event): its forms are spelled out
    r("legal", r"pengacara(?:nya| kami| perusahaan| kantor| melarang| sedang| sudah)|kuasa hukum"),
    s(
        "performance",
        "berantakan|selalu ketinggalan|tidak sanggup mengikuti|tidak cocok untuk pekerjaan"
        "|setengah hati|tidak pernah membalas|mengacaukan|kacau balau|lama sekali dia"
        "|kurang bisa dipercaya|kualitas kerjanya menurun|kualitas kerja ... menurun"
        "|selalu lupa|sering lupa|keluhan soal sikapnya|ngasal|harus benerin|molor dari tenggat"
        "|cuek sama klien|cuek ke klien|paling bisa diandalkan|tidak bisa diandalkan|teledor"
        "|harus mengulang ... pekerjaannya|salah memasukkan|terlalu berat buat/untuk dia"
        "|selalu telat|sering telat|tidak bagus dalam|lelet|lalai|ceroboh|asal-asalan"
        "|tidak becus|tidak kompeten|tidak mampu menyelesaikan|sering bolos|malas-malasan",
        not_before=_THINGS,
    ),
    s(
        "accusation",
        "membohongi|berbohong|pembohong|bisnis sampingan|mengantongi selisih/selisihnya/uang"
        "|penipu|mengarang jam"
        "|membully|merundung|membocorkan data|kabur bawa|kabur membawa|mengalihkan pembayaran"
        "|ke rekeningnya sendiri|nyimeng|narkoba|main curang|curang|ngembat|nilep"
        "|mark up|markup|melecehkan|pelecehan|teler|mabuk|jual stok kami"
        "|menilap|mengambil material dari proyek|mengambil uang|memalsukan|palsu",
    ),
    s(
        "disparagement",
        "mimpi buruk|syukurlah dia sudah pergi|tidak akan dapat kerja|mau mempekerjakan dia"
        "|surat rekomendasi dari kami|membiarkan dia masuk|kasar ke|kasar kepada"
        "|beruntung kalau dia"
        "|licik|toxic|sama dia selalu ada masalah|tidak akan mempercayakan|jangan dipakai jasanya"
        "|hindari perusahaan barunya|tidak becus|pemalas|tidak tahu diri|kurang ajar",
    ),
    s(
        "legal",
        "bagian hukum|kejaksaan|jaksa|polda|polres|polsek|memperkarakan|mengancam akan menuntut"
        "|menuntut kami|tuntutan hukum|gugatan|menggugat|laporan ke polisi|lapor polisi"
        "|somasi|ke pengadilan|di pengadilan|proses hukum|jalur hukum|ranah hukum|kuasa hukum",
    ),
    s(
        "health",
        "menjalani terapi|terapi|sedang berobat|berobat karena|berobat jalan|saraf|surat dokter"
        "|surat sakit"
        "|masuk UGD/IGD|ke UGD/IGD|di UGD/IGD"
        "|diagnosis/diagnosisnya|dokter spesialis|hasil tes|karena operasinya|rawat inap"
        "|dirawat di rumah sakit|kesehatan mental/mentalnya|psikiater|psikolog"
        "|depresi|stres berat|kecanduan|rehabilitasi|kemoterapi",
    ),
    s(
        "family",
        "masalah di rumah|masalah keluarga|urusan keluarga|hamil|cerai|bercerai|perceraian"
        "|anaknya sakit|orang tuanya sakit|baru melahirkan|cuti melahirkan",
    ),
    s(
        "confidential",
        "kena SP|dapat SP|surat peringatan|diskors|skorsing|teguran lisan|teguran tertulis"
        "|gaji dia|pesangon|masa percobaan|penilaian kinerja",
    ),
    # Ungkapan dan slang di luar korpus, per kategori.
    # ("katanya", "tersangka", "keguguran", "dipolisikan", "persidangan" stem to "kata",
    # "sangka", "gugur", "polisi", "sidang", which say something else alone: patterns)
    r("speculation", r"katanya (?:dia|ia|sih)|kata orang|kata orang-orang"),
    r("legal", r"tersangka|dipolisikan|mempolisikan|persidangan\w*"),
    r("family", r"keguguran"),
    s(
        "reason",
        "ditendang keluar|disuruh keluar|dicopot dari jabatannya|diminta mengundurkan diri"
        "|dipaksa resign|dipaksa mengundurkan diri|diusir dari kantor|tidak diperpanjang"
        "|kontraknya diputus|diputus kontraknya",
    ),
    s(
        "accusation",
        "ngutil|nyolong|mencolong|makan uang|main mata dengan|mark-up|ngibul|ngibulin"
        "|tukang bohong|pakai narkoba|nyabu|judi online|judol|korupsi waktu|titip absen"
        "|main perempuan|mengambil barang|bawa kabur|membawa kabur|menggelapkan uang",
    ),
    s(
        "performance",
        "sering bolos|makan gaji buta|asal jadi|amburadul|keteteran|kurang kompeten"
        "|banyak komplain|sering salah|kurang teliti|kerjanya lambat|lamban|tidak disiplin"
        "|sering mangkir|mangkir|tidak pernah tepat waktu|kurang bertanggung jawab",
        not_before=_THINGS,
    ),
    s(
        "disparagement",
        "brengsek|bajingan|parasit|benalu|dia itu ular|bermuka dua|muka dua|sok tahu|sombong"
        "|tukang bikin masalah|biang kerok|pembuat onar|gak guna|nggak guna|jangan pakai dia"
        "|untung dia sudah keluar|syukur dia sudah keluar",
        not_before=_THINGS,
    ),
    s(
        "health",
        "sakit keras|cuci darah|sakit jiwa|burnout|patah tulang|minum obat|sakit jantung"
        "|sakit kanker|penyakitnya kambuh|kambuh lagi|kecelakaan motor/mobil|dia kecelakaan"
        "|masuk rumah sakit|dirawat inap|opname|gangguan mental",
        not_before=r"rumah|(?:operator|sopir|kurir|tukang (?:dari|milik))\w*(?: [\w']+){0,3}",
    ),
    s(
        "family",
        "cuti hamil|selingkuh|perselingkuhan|urusan rumah tangga|masalah rumah tangga"
        "|masalah keluarga|istrinya sakit|suaminya sakit|orang tuanya meninggal|sedang berduka"
        "|pemakaman|cuti melahirkan|anaknya sakit",
    ),
    s(
        "legal",
        "dilaporkan ke polisi|melaporkan dia ke polisi|bareskrim|oleh KPK|ke KPK|diperiksa KPK"
        "|sidang pengadilan|jadwal sidang"
        "|terdakwa|diperiksa polisi|pidana|dituntut secara hukum|menuntut dia",
    ),
    s(
        "speculation",
        "gosipnya|desas-desus|rumornya|konon|dengar-dengar|antara kita saja"
        "|jangan bilang siapa-siapa|pasti paham|sudah bisa ditebak|bisa ditebak|pasti tahu"
        "|ya begitulah|tahu sama tahu|tidak usah saya jelaskan|benar soal dia|sudah saya duga",
    ),
    s(
        "confidential",
        "dipotong gaji|potong gaji|pemeriksaan internal|HRD sedang memeriksa|bagian HRD"
        "|evaluasi kinerjanya|gaji dia|gaji terakhirnya|uang pesangon",
    ),
]
