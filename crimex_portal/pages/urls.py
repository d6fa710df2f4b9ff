from django.urls import path

from crimex_portal.pages import views

app_name = "pages"

urlpatterns = [
    path("", views.home, name="home"),
    path("about/", views.about, name="about"),
    path("police-strategy/", views.police_strategy_page, name="police_strategy"),
    path("style/", views.style_guide, name="style"),
]
