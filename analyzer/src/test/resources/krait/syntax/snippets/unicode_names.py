café = "€"
名前 = café + "😀"
x = Ａ
