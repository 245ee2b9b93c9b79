"""The Indonesian rules of the risk checker (see `handoff.risk.rules` for their form)."""

from __future__ import annotations

from typing import Any

from handoff.risk.rules import TERMINATION, r, s

# Things, not people, a client may call poor or a business may drop ("pemasok catnya payah",
# "vendor kue itu kami pecat"), up to five words before, none of them a person.
_THINGS = (
    r"\b(?:pemasok|supplier|program|aplikasi|vendor|toko|mesin|alat|sistem|catnya|cat|semen"
    r"|bahan|produk|layanan|jaringan|sinyal|kurir|ekspedisi|software|perangkat|server|website"
    r"|situs|laptop|komputer|printer|barang|iklan|merek|truk|mobil|motor|oven|kompor|pompa"
    r"|gudang|format|laporan|subkon|kontraktor|jasa|perusahaan|pabrik"
    # more outside firms, goods, prices, the weather and the firm's own kitchen or books
    r"|distributor|developer|pengembang|kompetitor|pesaing|percetakan|lab|laboratorium"
    r"|katering|catering|laundry|pom bensin|spbu|pompa bensin|koperasi|pemerintah|tambang"
    r"|engsel|tinta|semir|promo|diskon|desain|dapur kami|pembukuan cabang|pembukuan kami"
    r"|harga|tarif|pasar|cuaca|hujan|banjir|tol|ruko|sewa|akun|timbangan)(?:-?nya)?\b"
    r"(?: (?!dia\b|beliau\b|ia\b|mereka\b|orangnya\b)\w+(?:-\w+)*){0,6}"
)
# Firms a business "fires" or stops working with ("vendor itu kami pecat", "memecat perusahaan
# kurir itu"): the object named after the verb.
_FIRMS = (
    r"(?:vendor|pemasok|supplier|subkon|kontraktor|jasa|perusahaan|toko|kurir|ekspedisi"
    r"|katering|langganan|kontrak dengan)"
)
# Another firm as the subject ("toko bangunan langganan kami lagi digugat konsumen"), not ours
# ("perusahaan kami digugat").
_OTHER_FIRM = (
    r"\b(?:toko|perusahaan|pabrik|vendor|pemasok|supplier|distributor|developer|pengembang"
    r"|kontraktor|subkon|pemerintah|kompetitor|pesaing)(?:-?nya)?\b(?! kami| kita)"
    r"(?: (?!dia\b|beliau\b|ia\b|mereka\b)\w+){0,5}"
)
# The firm itself cheated ("kami pernah ditipu", "kena tipu").
_CHEATED = r"kena|\b(?:kami|kita|saya|aku)(?: (?:pernah|sudah|sempat|juga|lagi|udah|dulu|sering))?"
# Where a client's own news is asked after or awaited ("gimana kabarnya", "ditunggu kabarnya").
_ASKING = r"(?:gimana|bagaimana|apa|apa kabar|tunggu|ditunggu|menunggu|tanya|nanya|nanyain)"

RULES: list[dict[str, Any]] = [
    # alasan keluar
    r(
        "reason",
        r"dipecat\w*|pecat|memecat\w*|pemecatan\w*|dipecatnya|kena pecat",
        not_before=_THINGS,
        not_after=_FIRMS,
    ),
    r("reason", r"phk|di-phk|kena phk|pemutusan hubungan kerja"),
    r(
        "reason",
        r"diberhentikan\w*|memberhentikan\w*|pemberhentian\w*|berhentikan",
        not_before=_THINGS,
        not_after=_FIRMS,
    ),
    r("reason", r"mengundurkan diri|pengunduran diri|resign\w*"),
    r(
        "reason",
        r"berhenti (?:bekerja|kerja)",
        not_before=r"(?:kami|kita|tukang)",
        # "berhenti bekerja dengan kami / di sini" says only that the person no longer works here
        not_after=r"(?:pukul|jam|sebentar|sementara|(?:dengan|bersama|di) (?:kami|sini))",
    ),
    r("reason", r"dikeluarkan dari (?:perusahaan|pekerjaan|kantor|tim)|didepak\w*"),
    r("reason", r"dirumahkan|pensiun dini"),
    r("reason", r"dikeluarkan karena", not_before=_THINGS),
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
    r("accusation", r"penipuan\w*|menipu\w*|penggelapan\w*|menggelapkan\w*|korupsi\w*"),
    # the firm cheated by a shop, a vendor or a big client: a business matter
    r(
        "accusation",
        r"ditipu\w*|kena tipu",
        not_before=_THINGS + "|" + _CHEATED,
        not_after=r"(?:oleh )?(?:\w+ )?(?:toko|vendor|pemasok|supplier|klien|pelanggan|penjual"
        r"|distributor|developer|agen|orang|oknum|penipu)\b",
    ),
    r(
        "accusation",
        r"polisi",
        # a shop closed or a van fined by the police, police checking the street's CCTV
        not_before=r"(?:kantor|pos)|(?:ditutup|disegel|ditilang|dirazia|dihentikan) (?:oleh )?",
        not_after=r"lalu lintas|(?:menutup|mengalihkan|mengatur) (?:jalan|arus|lalu lintas)"
        r"|(?:\w+ ){0,3}?(?:cek|mengecek|memeriksa|minta|meminta|melihat) (?:rekaman )?cctv"
        r"|(?:\w+ ){0,8}?(?:soal|karena|terkait) (?:parkir|kecelakaan|lalu lintas|macet|razia)",
    ),
    r("accusation", r"ditangkap\w*|kriminal\w*|kejahatan\w*|tindak pidana|dipenjara"),
    r(
        "accusation",
        r"suap\w*|menyuap\w*|disuap\w*|sogok\w*|disogok|menyogok\w*|nyogok\w*|komisi gelap"
        r"|pungli",
    ),
    r("accusation", r"pelecehan\w*|mabuk\w*|narkoba\w*|sabotase|berbohong"),
    # A product or an advert that "lies" is a poor product, not a person's lie.
    r("accusation", r"bohong|boong|bo'ong", not_before=_THINGS),
    r("accusation", r"melanggar (?:aturan|hukum|peraturan)|pelanggaran berat"),
    r(
        "accusation",
        r"mengantongi\w*|memalsu\w*|dipalsukan|pemalsuan|nota palsu|kuitansi palsu",
        not_before=_THINGS,
    ),
    # kinerja
    r(
        "performance",
        r"kinerja(?:nya)?",
        not_before=r"(?:mesin|boiler|pompa|sistem|alat)",
        not_after=r"(?:mesin|boiler|pompa|sistem|alat|pemanas|produk|keramik)",
    ),
    r(
        "performance",
        r"tidak kompeten|tidak becus|sering terlambat|selalu terlambat",
        not_before=_THINGS,
    ),
    # Skipping school or class is a child's matter, not a colleague's work.
    r(
        "performance",
        r"lalai|kelalaian\w*|bolos|membolos|mangkir|tidak masuk kerja",
        not_before=_THINGS,
        # "kelalaian kami": the firm owning up to its own mistake
        not_after=r"(?:sekolah|kuliah|kelas|les)|(?<=\w\s)(?:kami|kita)\b",
    ),
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
        not_before=r"rumah|(?:operator|sopir|kurir|tukang (?:dari|milik))\w*(?: [\w']+){0,3}|"
        + _THINGS,
    ),
    r("health", r"(?:dirawat|masuk|opname) (?:di )?rumah sakit|cuti sakit|dioperasi"),
    r("health", r"menjalani operasi|depresi|kanker|stroke|serangan jantung|gangguan jiwa"),
    r("health", r"masalah (?:dengan )?(?:alkohol|minuman keras|narkoba)|kecanduan alkohol"),
    r("health", r"kesehatan jiwa\w*|masalah kesehatan|kondisi kesehatan\w*"),
    # "cacat" alone is mostly a product's defect ("ternyata cacat", "cacat produksi").
    r(
        "health",
        r"kesehatan mental|kecanduan|stres berat|kelelahan|cedera|disabilitas"
        r"|cacat (?:fisik|permanen|seumur hidup|mental)|penyandang cacat",
    ),
    # kehamilan, keluarga, kehidupan pribadi
    # "bayi" alone is a baby's room or a baby's things; a colleague's baby is "bayinya".
    r(
        "family",
        r"hamil|kehamilan\w*|cuti (?:melahirkan|hamil)|melahirkan|bayinya|persalinan"
        r"|(?:punya|mengurus|merawat|ngurus) bayi|bayi tabung",
    ),
    r("family", r"bercerai|perceraian\w*|cerai|menikah|pernikahan\w*|nikah|pemakaman|meninggal"),
    r("family", r"(?:istri|suami|anak|keluarga|orang tua|ibu|ayah|pacar)nya"),
    r("family", r"mengandung|anak kembar|berpacaran|pacaran|selingkuh\w*|perselingkuhan"),
    # "ada urusan keluarga / pribadi" is how an absence is announced without a reason: the
    # trouble, not the errand, is private.
    r("family", r"masalah (?:keluarga|pribadi)|alasan pribadi|kedukaan"),
    # proses hukum
    r(
        "legal",
        r"gugatan\w*|menggugat\w*|digugat\w*|pengadilan\w*|tuntutan hukum"
        r"|dituntut (?:ke|di|secara|oleh|atas|karena)",
        # another firm sued, or suing another firm (not ours)
        not_before=_THINGS,
        not_after=r"(?:perusahaan|pabrik|toko|developer|pemasok|vendor|distributor|pt|cv)\b"
        r"(?! kami| kita)",
    ),
    r("legal", r"jalur hukum|proses hukum|masalah hukum|kasus hukum|ranah hukum|somasi"),
    r("legal", r"pencemaran nama baik|fitnah\w*|pengacaranya|lapor\w* ke polisi"),
    r("legal", r"pengacara\w* (?:kami |perusahaan )?(?:sudah |sedang )?menangani"),
    # spekulasi
    # "katanya" alone is reported speech ("katanya terima kasih"): see "katanya dia" below.
    r("speculation", r"gosip\w*|kabar burung|konon|desas-desus|rumor\w*"),
    r("speculation", r"kabarnya", not_before=_ASKING),
    # "Saya dengar Bapak…": what one heard of the client's own news.
    r(
        "speculation",
        r"saya dengar",
        not_after=r"(?:\w+ )?(?:bapak|ibu|anda|pak|bu|mas|mbak|kak|kakak|kamu)\b",
    ),
    r("speculation", r"antara kita|jangan bilang siapa-siapa|off the record"),
    r("speculation", r"(?:mungkin|sepertinya|kayaknya|barangkali|pasti) karena"),
    r("speculation", r"seperti yang (?:anda|bapak|ibu) duga|(?:anda|bapak|ibu) benar"),
    r("speculation", r"tidak mengherankan|tidak heran|sudah bisa ditebak"),
    # merendahkan
    r("disparagement", r"menjelek\w*|menjelekkan|menjatuhkan nama|menjelek-jelekkan"),
    r("disparagement", r"malas|pemalas|bodoh|tidak bisa dipercaya|tidak jujur|pembohong"),
    r("disparagement", r"tidak profesional|tidak berguna"),
    r("disparagement", r"bermasalah", not_before=_THINGS),
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
    # "gajian" is payday.
    r("confidential", r"gaji(?!an)\w*|pesangon\w*|surat peringatan|sp\s*[123]|sanksi\w*"),
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
        r"|kehilangan pekerjaan\w*",
    ),
    # a supplier's or a lease's contract ended is a business matter
    r(
        "reason",
        r"diputus kontrak\w*|kontraknya (?:diputus|tidak diperpanjang|dihentikan)",
        not_before=_THINGS,
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
        r"keguguran|kemoterapi|kemo|radioterapi|patah (?:kaki|tangan|tulang)"
        r"|rawat inap|psikiater|psikolog",
    ),
    # An accident on the road is news, not anyone's health ("ada kecelakaan di tol").
    r(
        "health",
        r"kecelakaan",
        not_before=r"(?:ada|terjadi|karena ada)",
        not_after=r"(?:di (?:tol|jalan|jalur|perempatan|depan)|lalu lintas|beruntun)",
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
        not_before=_THINGS,
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
    r(
        "reason",
        r"kontraknya (?:kami |sudah )?(?:putus|diputus)|memutus kontraknya",
        not_before=_THINGS,
    ),
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
        not_after=r"(?<=\w\s)(?:kami|kita)\b",  # "kelalaian kami": the firm owning up
    ),
    s(
        "accusation",
        "membohongi|berbohong|pembohong|bisnis sampingan|mengantongi selisih/selisihnya/uang"
        "|penipu|mengarang jam"
        "|membully|merundung|membocorkan data|kabur bawa|kabur membawa|mengalihkan pembayaran"
        "|ke rekeningnya sendiri|nyimeng|narkoba|main curang|curang|ngembat|nilep"
        "|mark up|markup|melecehkan|pelecehan|teler|mabuk|jual stok kami"
        "|menilap|mengambil material dari proyek|mengambil uang|memalsukan|palsu",
        not_before=_THINGS + "|" + _CHEATED,
        # an impersonator ("penipu yang mengaku kurir kami")
        not_after=r"(?:yang )?(?:mengaku|mengatasnamakan)",
    ),
    s(
        "disparagement",
        "mimpi buruk|syukurlah dia sudah pergi|tidak akan dapat kerja|mau mempekerjakan dia"
        "|surat rekomendasi dari kami|membiarkan dia masuk|kasar ke|kasar kepada"
        "|beruntung kalau dia"
        "|licik|toxic|sama dia selalu ada masalah|tidak akan mempercayakan|jangan dipakai jasanya"
        "|hindari perusahaan barunya|tidak becus|pemalas|tidak tahu diri|kurang ajar",
        not_before=_THINGS,  # "vendor catering-nya toxic bgt"
    ),
    s(
        "legal",
        "bagian hukum|kejaksaan|jaksa|polda|polres|polsek|memperkarakan|mengancam akan menuntut"
        "|menuntut kami|tuntutan hukum|gugatan|menggugat|laporan ke polisi|lapor polisi"
        "|somasi|ke pengadilan|di pengadilan|proses hukum|jalur hukum|ranah hukum|kuasa hukum",
        # "tanggung gugat": liability, an insurance term; another firm in court
        not_before=r"tanggung|" + _OTHER_FIRM,
        not_after=r"(?:perusahaan|pabrik|toko|developer|pemasok|vendor|distributor|pt|cv)\b"
        r"(?! kami| kita)",
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
        "masalah di rumah|masalah keluarga|hamil|cerai|bercerai|perceraian"
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
    # shoplifting by "someone" ("ada yang suka ngutil barang dari rak")
    r(
        "accusation",
        r"ngutil\w*",
        not_before=r"(?:ada (?:saja |aja )?(?:yang|orang yang)|pengunjung|pembeli|orang)"
        r"(?: (?:suka|sering|pernah|kadang))?",
    ),
    s(
        "reason",
        "ditendang keluar|disuruh keluar|dicopot dari jabatannya|diminta mengundurkan diri"
        "|dipaksa resign|dipaksa mengundurkan diri|diusir dari kantor|tidak diperpanjang"
        "|kontraknya diputus|diputus kontraknya",
        not_before=_THINGS,
        not_after=r"(?:dengan )?" + _FIRMS + r"|(?:oleh )?pemilik",
    ),
    s(
        "accusation",
        "nyolong|mencolong|makan uang|main mata dengan|mark-up|ngibul|ngibulin"
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
        not_before=r"rumah|(?:operator|sopir|kurir|tukang (?:dari|milik))\w*(?: [\w']+){0,3}|"
        + _THINGS,
        not_after=r"(?:di|ke) (?:bengkel|servis|service)",  # a machine "opname" at the garage
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
    # Diperluas lagi: bentuk lain, slang dan idiom yang hanya berarti satu hal bila dikatakan
    # tentang seorang rekan.
    r(
        "reason",
        r"dikeluarin|dikluarin|dikeluarkan|di-cut|ngundurin diri|mengundurkan diri"
        r"|(?:keluar|berhenti|mundur|resign|pergi) (?:gara-gara|gara2|akibat)"
        r"|mundur karena|posisinya dihapus|jabatannya dihapus"
        r"|(?:tidak|nggak|gak|ga|ndak) usah (?:kembali|balik|datang) lagi"
        r"|(?:disuruh pulang) (?:dan )?(?:tidak|nggak|gak|ga) usah (?:kembali|balik)"
        r"|(?:melepas|lepas|dilepas) (?:dia|beliau)|dia (?:kami )?lepas|dia dilepas"
        r"|(?:akhiri|mengakhiri|putus|memutus|memutuskan) kerja ?sama dengan (?:dia|beliau)"
        r"|kontrak(?:nya)?(?! sewa)(?: \w+){0,3} (?:kami akhiri|diakhiri|tidak (?:kami )?"
        r"(?:perpanjang|lanjutkan)|tidak (?:dilanjutkan|diperpanjang))",
        not_before=_THINGS,
    ),
    r(
        "accusation",
        r"tilep\w*|ditilep|menilep|nilep|bawa lari|membawa lari|dibawa lari|ngantongin"
        r"|dikantongi|(?:dia|ia) kantongi|masuk kantong|fiktif|memanipulasi|dimanipulasi"
        r"|merekayasa|direkayasa|menyalahgunakan|disalahgunakan|penyalahgunaan|menyelewengkan"
        r"|diselewengkan|penyelewengan|kongkalikong|main belakang|di bawah tangan|di bawah meja"
        r"|bodong|tangan(?:nya)? (?:agak |suka |memang )?panjang|panjang tangan|memeras|pemerasan"
        r"|membocorkan|dibocorkan|bocorin|ngebocorin|tertangkap basah|ketangkap basah"
        r"|menangkap basah|tanpa sepengetahuan (?:kami|kantor|perusahaan|atasan|pemilik|bos)"
        r"|ngaku-ngaku|mengaku-ngaku|(?:dia|beliau) (?:\w+ )?diam-diam|diam-diam (?:dia|beliau)"
        r"|digelapkan|gelapin|nipu\w*|tipu-tipu|pelanggaran kode etik",
        not_before=_THINGS,
    ),
    r(
        "health",
        r"serangan (?:panik|cemas|kecemasan|asma)|gangguan (?:kecemasan|cemas|bipolar|panik"
        r"|kesehatan|psikologis|makan|tidur)|operasi (?:jantung|lutut|usus|tulang|batu|mata"
        r"|caesar|sesar|kanker|tumor|ginjal|hernia|amandel|punggung)"
        r"|(?:habis|setelah|sesudah|pasca|baru|harus|sedang|mau|akan) operasi|pascaoperasi"
        r"|(?:sedang|masih|lagi|masa|dalam) pemulihan|pemulihannya|tipes|tifus|diabetes"
        r"|vertigo|asma\w*|tremor|bipolar|skizofrenia|epilepsi|overdosis|pingsan|hipertensi"
        r"|darah tinggi|tekanan darah(?:nya)? tinggi|tumor|lumpuh|demam berdarah|usus buntu"
        r"|batu ginjal|gagal ginjal|hepatitis|tbc|tuberkulosis|rsj|rs jiwa|rumah sakit jiwa"
        r"|(?:sedang|sempat|lagi|masih|seminggu) dirawat|dirawat (?:di (?:rs|icu|klinik)|karena)"
        r"|perawatan (?:intensif|dokter|medis|jalan)|rawat jalan|kena mental|masalah mental"
        r"|mental(?:nya)? (?:lagi |sedang )?(?:drop|down|terganggu|jatuh|lemah)|secara mental"
        r"|obat penenang|bolak-balik (?:ke )?(?:rumah sakit|rs|dokter)|istirahat total"
        r"|fisioterapi|masalah minum|kebanyakan minum",
        not_before=_THINGS,
    ),
    r(
        "family",
        r"hak asuh|(?:ribut|rebutan|sengketa|berebut|konflik|urus|ngurus) (?:soal )?warisan"
        r"|konflik keluarga|(?:mau|akan|sudah|udah) pisah (?:sama|dengan|dari)",
    ),
    r(
        "legal",
        r"penyidik\w*|reserse|kepolisian|putusan hakim|hakim|advokat|penasihat hukum"
        r"|konsultan hukum|lbh|phi|disidangkan|(?:menunggu|nunggu|jadwal|ikut) sidang"
        r"|sidang(?:nya)? (?:di |ke )?(?:phi|pn|pengadilan)|wajib lapor|daftar pencarian orang"
        r"|dpo|buron\w*|diproses (?:secara )?hukum|secara hukum|(?:dipanggil|diminta) (?:jadi "
        r"|menjadi |sebagai )?saksi|tahanan (?:kota|rumah)|rutan|lapas|penjara\w*|dibui"
        r"|dibekuk|diciduk|diringkus|(?:dia|beliau) (?:sudah |sedang |lagi )?ditahan"
        r"|ditahan (?:polisi|di (?:rutan|lapas|polres|polsek|polda|kantor polisi))"
        r"|(?:di tangan|ke|serahkan ke|diserahkan ke) pengacara|pengacara (?:meminta|minta"
        r"|menyarankan|bilang)|urusan polisi|berurusan (?:sama|dengan) polisi",
    ),
    r(
        "confidential",
        r"thr-?nya|tunjangan(?:nya| dia)|kasbon\w*|berkas (?:kepegawaian|personalia|disiplin)\w*"
        r"|kepegawaiannya|personalianya|perjanjian (?:bersama|damai|pengakhiran)"
        r"|kesepakatan pengakhiran\w*|larangan bersaing|turun jabatan|diturunkan (?:jabatan\w*"
        r"|pangkat\w*|dari)|turunkan jabatan\w*|demosi|dibebastugaskan|bebastugaskan"
        r"|dinonaktifkan|dipanggil (?:hrd|personalia|atasan)|surat teguran|ditegur (?:secara )?"
        r"(?:tertulis|lisan|keras|atasan|hrd)|daftar hitam",
        not_before=_THINGS,
    ),  # Kinerja dan watak: ungkapan yang hanya menilai orang ("kurang cekatan", "bukan yang
    # paling teliti", "tukang drama"), bukan barang (konteks _THINGS).
    r(
        "performance",
        r"kurang (?:cekatan|teliti|cermat|tegas|pengalaman|menguasai|paham|sabar|terorganisir"
        r"|rajin|fokus|sigap|telaten|kompeten|profesional)|(?:tidak|nggak|gak|ga) (?:teliti"
        r"|cekatan|telaten|rajin)|bukan (?:\w+ ){0,3}(?:yang )?paling (?:cekatan|teliti|rapi"
        r"|rajin|telaten|cepat|pintar|bisa diandalkan)|(?:tidak|nggak|gak|ga) bisa diandalkan"
        r"|setengah jadi|setengah-setengah|setengah2|asal2an|asal jadi|ambyar|ancur"
        r"|kerja(?:nya|annya)? (?:nol|hancur|jelek|buru-buru|asal)|(?:dia|beliau)(?: \w+){0,2}"
        r" (?:lupa|tidak (?:paham|mengerti|menguasai)|(?:nggak|gak|ga) (?:paham|ngerti|becus))"
        r"|(?:jarang|tidak pernah|nggak pernah|gak pernah) menepati|menunda-nunda",
        not_before=_THINGS,
    ),
    # A slip someone made; "ada salah hitung", "kami salah ketik" is the firm's own.
    r(
        "performance",
        r"salah (?:hitung|ketik|ukur|input|kode)",
        not_before=_THINGS + r"|(?:ada|terjadi|kami|saya|kita|aku)",
    ),
    r(
        "disparagement",
        r"tukang (?:drama|ngeluh|mengeluh|bohong|tipu|cari muka|bikin masalah|ngibul|ngilang)"
        r"|cari muka|menjilat|penjilat|(?:tidak|nggak|gak|tak) tahu (?:malu|diri|terima kasih)"
        r"|muka tembok|(?:tidak|nggak|gak) punya (?:malu|etika|sopan santun)|racun di tim"
        r"|(?:orangnya|dia|dia itu) racun|toksik|culas|egois|pendendam|lebay|nyebelin"
        r"|keras kepala|susah diatur|abal-abal|kelas teri|badut|bunglon|ular berkepala dua"
        r"|lempar batu sembunyi tangan|dikasih hati minta jantung|(?:tidak|nggak|gak|tak) ada"
        r" otak\w*|bualan|sok (?:jago|pintar|hebat|tahu)|ogah (?:kerja )?(?:bareng|sama) dia"
        r"|(?:tidak|nggak|gak) akan (?:saya )?(?:rekomendasikan|merekomendasikan|sarankan"
        r"|menyarankan)|jangan (?:pernah )?(?:pakai|dipakai) jasa\w*"
        r"|(?:jauhi|hindari) (?:saja )?dia"
        r"|beban (?:buat|bagi|untuk) (?:tim|kantor|kami)|kesalahan rekrutmen|siksaan"
        r"|(?:tidak|nggak|gak) ada harganya|karir\w*(?: \w+){0,4} (?:sudah )?(?:habis|tamat)"
        r"|karier\w*(?: \w+){0,4} (?:sudah )?(?:habis|tamat)|nama (?:dia|baiknya) sudah"
        r" (?:habis|jelek|rusak)|(?:nggak|tidak|gak) ada yang kangen|kehilangan dia(?: \w+){0,3}"
        r" bukan kerugian|(?:nggak|tidak|gak) bakal (?:laku|maju|diterima|dapat kerja)"
        r"|(?:tidak|nggak|gak) akan bertahan lama|(?:jangan|nggak usah|tidak usah|ampun)"
        r" dipercaya|jangan percaya (?:apa pun |omongan )?(?:yang )?dia|ra nggenah|ora nggenah"
        r"|ra iso dipercaya",
        not_before=_THINGS,
    ),
    r(
        "accusation",
        r"ke rekening pribadi\w*|memainkan (?:uang|harga|laporan|angka|data)\w*"
        r"|main-main (?:sama|dengan) (?:uang|laporan|keuangan|angka)\w*"
        r"|(?:menjual|jual|membocorkan) data (?:klien|nasabah|pelanggan|pasien)"
        r"|(?:tidak|nggak|gak) pernah (?:masuk|disetor\w*) ke (?:perusahaan|kantor|kas|kami)"
        r"|(?:tidak|nggak|gak) pernah (?:dibalikin|dikembalikan)|kurang jujur",
        not_before=_THINGS,
    ),
    r(
        "confidential",
        r"(?:gaji|komisi|bonus|tunjangan|thr|insentif|uang lembur)\w*(?: \w+){0,3}"
        r" (?:kami |di)?(?:bekukan|potong|tahan|batalkan|hentikan|dipotong|ditahan)"
        r"|larangan (?:bekerja di|menghubungi) (?:kompetitor|pesaing|klien)"
        r"|nilai (?:kpi|evaluasi)\w*|kpi-?nya|evaluasinya|diperiksa (?:tim )?internal"
        r"|(?:dpt|dapet|kena) sp\b|sp terakhir",
    ),
    r("health", r"asam lambung\w*|maag|lambungnya"),
    r(
        "legal",
        r"majelis kehormatan|dewan etik|komite etik"
        r"|(?:polisi|kejaksaan|penyidik) (?:sudah |telah )?menyita"
        r"|disita (?:polisi|penyidik|kejaksaan)",
    ),
    r(
        "reason",
        r"(?:bertengkar|ribut|cekcok|berantem) (?:dengan|sama) (?:atasan|bos|pemilik|owner|manajer)"
        r"\w*|(?:membanting|banting) pintu",
    ),
    r(
        "disparagement",
        r"(?:sudah |udah )?(?:tidak|nggak|gak) percaya (?:lagi )?(?:sama|pada|dengan|kepada) dia",
    ),
    # Slang, Indonesian and Javanese, for poor work said of a person: sending the wrong thing,
    # never checking, playing on the phone at work, "gak becus", "gaweane alon pol".
    r(
        "performance",
        r"(?:tidak|nggak|gak|ga|ndak|bukan) (?:pernah |orang yang |tipe yang )?bisa diandalkan"
        r"|(?:dia|beliau|orangnya) (?:sering |selalu |suka |juga |lagi |malah )?salah (?:kirim"
        r"|kasih|pasang|ukur|hitung|input|masuk|catat)"
        r"|(?:dia|beliau) (?:\w+ )?(?:tidak|nggak|gak|ga|ndak) (?:pernah )?(?:cek|ngecek|mengecek"
        r"|memeriksa|periksa|kalibrasi|update|angkat telepon|siapin|nyiapin|bales|balas)\w*"
        r"|(?:dia|beliau)(?: \w+){0,2} kewalahan|(?:dia|orangnya|anaknya) (?:\w+ )?males"
        r"|(?:kerja|kerjaan|kerjanya|pekerjaannya) (?:\w+ )?(?:nggak|tidak|gak|ga|ndak)"
        r" (?:pernah )?beres|sambil main (?:hp|hape|handphone|game)|main (?:hp|hape) terus"
        r"|asal (?:jepret|pasang|potong|tempel|kerja|main aja)"
        r"|(?:ora|ra|gak|nggak|ndak|ga) becus|sembrono|(?:gawean|gaweane|kerjane|kerjaane)"
        r"(?: \w+){0,3} (?:alon|ngawur|elek|ancur)|alon pol|gak mari-mari|ora mari-mari",
        not_before=_THINGS,
    ),
    r(
        "disparagement",
        r"(?:ga|gak|nggak|ndak|tidak) guna|biang masalah|orangnya (?:tidak|nggak|gak|ga) beres"
        r"|(?:tidak|nggak|gak|ga|indak|ndak) (?:tahu|tau) di ?untu(?:ng|ang)"
        r"|bikin malu nama (?:kantor|perusahaan|kami)|bikin rusuh",
        not_before=_THINGS,
    ),
]
